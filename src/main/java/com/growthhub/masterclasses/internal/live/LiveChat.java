package com.growthhub.masterclasses.internal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.security.TooManyRequestsException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * The room's chat: registrants write (rate-limited, never while muted, no links), staff write and moderate. Every
 * change reaches every viewer on every node as an event carrying the message itself: at 2,000 viewers an event that
 * only named the message would make each of them fetch it.
 */
@Component
public class LiveChat {

	public static final int MAX_PAGE = 200;

	private final ChatRepository chat;
	private final LiveRooms rooms;
	private final Members members;
	private final TenantTransactions transactions;
	private final LiveUpdates updates;
	private final JsonMapper json;
	private final ChatRateLimiter limiter = new ChatRateLimiter(3, Duration.ofSeconds(5), System::nanoTime);

	LiveChat(ChatRepository chat, LiveRooms rooms, Members members, TenantTransactions transactions, LiveUpdates updates,
			JsonMapper json) {
		this.chat = chat;
		this.rooms = rooms;
		this.members = members;
		this.transactions = transactions;
		this.updates = updates;
		this.json = json;
	}

	public record Page(List<ChatMessage> items, @Nullable String nextCursor) {
	}

	public ChatMessage post(Attendee attendee, String body) {
		LiveRoom room = attendee.room();
		if (room.replay()) {
			throw LiveRefusedException.notLive("The chat closed when the masterclass ended.");
		}
		String text = ChatBody.check(body, false);
		limiter.hit(attendee.registrationId()).ifPresent(wait -> {
			throw new TooManyRequestsException(wait.plusMillis(999).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		});
		return transactions.call(room.organization(), new Actor.Job("live-room"), () -> {
			if (chat.muted(room.organization(), room.masterclassId(), attendee.registrationId())) {
				throw LiveRefusedException.muted();
			}
			ChatMessage message = chat.insert(room.organization(), room.masterclassId(), attendee.registrationId(), null,
					attendee.name(), text, text.endsWith("?"), room.mediaSecondsAt(Instant.now()));
			publish(room, "chat", message);
			return message;
		});
	}

	public ChatMessage postAsStaff(OrganizationId organization, Actor actor, UUID masterclassId, String body) {
		LiveRoom room = rooms.moderated(organization, actor, masterclassId);
		String text = ChatBody.check(body, true);
		String name = members.find(organization, actor.requireUserId()).map(Members.Member::name).orElse("Host");
		return transactions.call(organization, actor, () -> {
			ChatMessage message = chat.insert(organization, masterclassId, null, actor.requireUserId(), name, text, false,
					room.mediaSecondsAt(Instant.now()));
			publish(room, "chat", message);
			return message;
		});
	}

	/** The newest messages, oldest first: what a viewer sees on entering the room. */
	public List<ChatMessage> recent(Attendee attendee, int limit) {
		LiveRoom room = attendee.room();
		List<ChatMessage> newest = transactions.call(room.organization(), new Actor.Job("live-room"),
				() -> chat.page(room.organization(), room.masterclassId(), null, null, limit, false));
		return newest.reversed();
	}

	/** The chat in media order, for the replay to play back at the same times. */
	public List<ChatMessage> replay(LiveRoom room) {
		return transactions.call(room.organization(), new Actor.Job("live-room"),
				() -> chat.byMediaTime(room.organization(), room.masterclassId(), 5000));
	}

	public Page page(OrganizationId organization, Actor actor, UUID masterclassId, @Nullable PageCursor cursor, int limit) {
		rooms.room(organization, actor, masterclassId);
		int size = Math.clamp(limit, 1, MAX_PAGE);
		List<ChatMessage> items = transactions.call(organization, actor, () -> chat.page(organization, masterclassId,
				cursor == null ? null : cursor.instant(), cursor == null ? null : cursor.id(), size + 1, true));
		if (items.size() <= size) {
			return new Page(items, null);
		}
		ChatMessage last = items.get(size - 1);
		return new Page(items.subList(0, size), new PageCursor(last.createdAt(), last.id()).encode());
	}

	public void delete(OrganizationId organization, Actor actor, UUID masterclassId, UUID messageId) {
		LiveRoom room = rooms.moderated(organization, actor, masterclassId);
		transactions.run(organization, actor, () -> {
			existing(organization, masterclassId, messageId);
			chat.delete(organization, messageId, actor.requireUserId());
			updates.publish(room.topic(), "chat_deleted", write(Map.of("id", messageId)));
		});
	}

	public ChatMessage pin(OrganizationId organization, Actor actor, UUID masterclassId, UUID messageId, boolean pinned) {
		LiveRoom room = rooms.moderated(organization, actor, masterclassId);
		return transactions.call(organization, actor, () -> {
			existing(organization, masterclassId, messageId);
			chat.pin(organization, masterclassId, messageId, pinned);
			ChatMessage message = existing(organization, masterclassId, messageId);
			publish(room, "pinned", message);
			return message;
		});
	}

	/** Marks (or unmarks) a message as a question, or as answered. */
	public ChatMessage question(OrganizationId organization, Actor actor, UUID masterclassId, UUID messageId,
			boolean question, boolean answered) {
		LiveRoom room = rooms.moderated(organization, actor, masterclassId);
		return transactions.call(organization, actor, () -> {
			existing(organization, masterclassId, messageId);
			chat.markQuestion(organization, messageId, question, answered);
			ChatMessage message = existing(organization, masterclassId, messageId);
			publish(room, "chat", message);
			return message;
		});
	}

	public void mute(OrganizationId organization, Actor actor, UUID masterclassId, UUID registrationId, boolean muted) {
		rooms.moderated(organization, actor, masterclassId);
		transactions.run(organization, actor, () -> {
			if (!muted) {
				chat.unmute(organization, masterclassId, registrationId);
			}
			else if (!chat.mute(organization, masterclassId, registrationId, actor.requireUserId())) {
				throw NotFoundException.of("The registration");
			}
		});
	}

	/** Forgets the rate limiter's idle windows; called by the room's timer. */
	void forgetIdleWriters() {
		limiter.forgetIdle();
	}

	private ChatMessage existing(OrganizationId organization, UUID masterclassId, UUID messageId) {
		return chat.find(organization, masterclassId, messageId).orElseThrow(() -> NotFoundException.of("The message"));
	}

	private void publish(LiveRoom room, String event, ChatMessage message) {
		updates.publish(room.topic(), event, write(message));
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}
}
