package com.growthhub.messaging.internal.lines;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.messaging.ConversationContacts;
import com.growthhub.messaging.ConversationContacts.ConversationContact;
import com.growthhub.messaging.ConversationMessageRecorded;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.LineMembers;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Conversations between a line and a contact. Every send is counted against the line's daily limits in its own
 * transaction before anything is written, so a refused send leaves no trace; texts go to the SMS outbox and emails to
 * the email outbox, both delivered after commit.
 */
@Service
public class Conversations {

	private final ConversationRepository repository;
	private final LineRepository lines;
	private final DailyLimits limits;
	private final ConversationContacts contacts;
	private final LineMembers members;
	private final Outbox emails;
	private final ApplicationEventPublisher events;
	private final TenantTransactions transactions;

	Conversations(ConversationRepository repository, LineRepository lines, DailyLimits limits,
			ConversationContacts contacts, LineMembers members, Outbox emails, ApplicationEventPublisher events,
			TenantTransactions transactions) {
		this.repository = repository;
		this.lines = lines;
		this.limits = limits;
		this.contacts = contacts;
		this.members = members;
		this.emails = emails;
		this.events = events;
		this.transactions = transactions;
	}

	public record Page(List<ConversationView> items, @Nullable String nextCursor) {
	}

	/** What a send wrote: the thread (new or not) and the message. */
	public record Sent(ConversationView conversation, MessageView message) {
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable UUID line, @Nullable UUID contact,
			@Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			List<ConversationView> found = repository.list(organization, line, contact, cursor, size + 1);
			List<ConversationView> page = found.size() > size ? found.subList(0, size) : found;
			String next = found.size() > size
					? new PageCursor(page.getLast().lastMessageAt(), page.getLast().id()).encode() : null;
			return new Page(List.copyOf(page), next);
		});
	}

	public ConversationView find(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor,
				() -> repository.find(organization, id).orElseThrow(() -> NotFoundException.of("Conversation")));
	}

	public List<MessageView> messages(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			repository.find(organization, id).orElseThrow(() -> NotFoundException.of("Conversation"));
			return repository.messages(organization, id);
		});
	}

	/** The names of the contacts of these conversations (a dash for one deleted since), for the pages. */
	public Map<UUID, String> contactNames(OrganizationId organization, Actor actor, java.util.Collection<UUID> contactIds) {
		return transactions.call(organization, actor, () -> {
			Map<UUID, String> names = new java.util.HashMap<>();
			contactIds.forEach(id -> names.put(id, contacts.find(organization, id).map(ConversationContact::name).orElse("—")));
			return names;
		});
	}

	/** Opens the thread of the line with the contact (or continues it) with a first message. */
	public Sent start(OrganizationId organization, Actor actor, UUID lineId, UUID contactId, Channel channel, String text) {
		return transactions.call(organization, actor, () -> {
			LineView line = lines.find(organization, lineId).orElseThrow(() -> NotFoundException.of("Line"));
			ConversationContact contact = contacts.find(organization, contactId)
				.orElseThrow(() -> NotFoundException.of("Contact"));
			checkSender(organization, actor, line);
			Addresses addresses = Addresses.of(line, contact, channel);
			ConversationRepository.Opened opened = repository.open(organization, line.id(), contact.id(), channel,
					actor.userId());
			limits.count(organization, line, opened.isNew());
			return new Sent(opened.conversation(), write(organization, actor, line, contact, opened.conversation(), addresses, text));
		});
	}

	public Sent reply(OrganizationId organization, Actor actor, UUID conversationId, String text) {
		return transactions.call(organization, actor, () -> {
			ConversationView conversation = repository.find(organization, conversationId)
				.orElseThrow(() -> NotFoundException.of("Conversation"));
			LineView line = lines.find(organization, conversation.lineId()).orElseThrow();
			ConversationContact contact = contacts.find(organization, conversation.contactId())
				.orElseThrow(() -> NotFoundException.of("Contact"));
			checkSender(organization, actor, line);
			Addresses addresses = Addresses.of(line, contact, conversation.channel());
			limits.count(organization, line, false);
			return new Sent(conversation, write(organization, actor, line, contact, conversation, addresses, text));
		});
	}

	private MessageView write(OrganizationId organization, Actor actor, LineView line, ConversationContact contact,
			ConversationView conversation, Addresses addresses, String text) {
		if (text.isBlank() || text.length() > 1600) {
			throw ConversationRefusedException.badText();
		}
		UUID emailId = null;
		if (conversation.channel() == Channel.EMAIL) {
			String subject = "Message from " + line.displayName();
			emailId = emails.enqueue(new EmailRequest(organization, null, addresses.to(), "conversation-message", subject,
					Map.of("subject", subject, "text", text, "lineName", line.displayName()), null),
					"\"" + line.displayName().replace("\"", "") + "\" <" + addresses.from() + ">");
		}
		MessageView message = repository.insertMessage(organization, conversation.id(), MessageView.Direction.OUTBOUND,
				text, conversation.channel() == Channel.EMAIL ? MessageView.MessageStatus.SENT : MessageView.MessageStatus.QUEUED,
				addresses.from(), addresses.to(), actor.userId(), null, emailId);
		recorded(organization, conversation, message);
		return message;
	}

	/** An inbound text for {@code line}, already matched to the contact by its number. */
	void received(OrganizationId organization, LineView line, ConversationContact contact, String from, String body,
			String providerId) {
		if (repository.knownProviderMessage(providerId)) {
			return;
		}
		ConversationRepository.Opened opened = repository.open(organization, line.id(), contact.id(), Channel.SMS, null);
		MessageView message = repository.insertMessage(organization, opened.conversation().id(),
				MessageView.Direction.INBOUND, body, MessageView.MessageStatus.RECEIVED, from,
				String.valueOf(line.phoneNumber()), null, providerId, null);
		recorded(organization, opened.conversation(), message);
	}

	private void recorded(OrganizationId organization, ConversationView conversation, MessageView message) {
		events.publishEvent(new ConversationMessageRecorded(organization, conversation.id(), message.id(),
				conversation.contactId(), conversation.lineId(), EnumKeys.key(conversation.channel()),
				EnumKeys.key(message.direction()), message.body(), message.createdAt()));
	}

	/** The member the line is assigned to sends on it, and so may owners and admins; nobody on an inactive line. */
	private void checkSender(OrganizationId organization, Actor actor, LineView line) {
		UUID user = actor.requireUserId();
		if (!user.equals(line.assignedUserId())
				&& members.find(organization, user).map(member -> !member.admin()).orElse(true)) {
			throw LineRefusedException.notYours();
		}
		if (!line.active()) {
			throw LineRefusedException.notActive(line.status());
		}
	}
}
