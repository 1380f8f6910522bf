package com.growthhub.tasks.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The notifications items cause: rush jobs to their assignees, mentions to the people a comment names, documents on a
 * shared board to the client users for review.
 */
@Component
class TaskNotices {

	private final Notifications notifications;
	private final Members members;

	TaskNotices(Notifications notifications, Members members) {
		this.notifications = notifications;
		this.members = members;
	}

	void rush(OrganizationId organization, Actor actor, TaskItemView item, List<UUID> assignees) {
		List<Notifications.Recipient> recipients = recipients(organization, assignees);
		if (recipients.isEmpty()) {
			return;
		}
		String by = actor.userId() == null ? "" : members.find(organization, actor.userId()).map(Members.Member::name).orElse("");
		notifications.send(organization, recipients, TaskNotificationTypes.RUSH_JOB, "Rush job: " + item.name(),
				item.name() + " needs doing first" + (item.dueDate() == null ? "." : ", due " + item.dueDate() + "."),
				link(item), Map.of("taskName", item.name(), "dueDate", item.dueDate() == null ? "" : item.dueDate().toString(),
						"requestedBy", by));
	}

	void mentioned(OrganizationId organization, Actor actor, TaskItemView item, List<UUID> people, String body) {
		List<Notifications.Recipient> recipients = recipients(organization,
				people.stream().filter(person -> !Objects.equals(person, actor.userId())).toList());
		if (recipients.isEmpty()) {
			return;
		}
		String by = actor.userId() == null ? "Somebody"
				: members.find(organization, actor.userId()).map(Members.Member::name).orElse("Somebody");
		notifications.send(organization, recipients, TaskNotificationTypes.MENTION, by + " mentioned you on " + item.name(),
				body.length() > 300 ? body.substring(0, 300) + "…" : body, link(item));
	}

	/** A document attached to a task on a shared board: the account's client users are asked to review it. */
	void documentForReview(OrganizationId organization, Actor actor, TaskItemView item, String documentName) {
		List<Notifications.Recipient> clients = members.list(organization).stream()
			.filter(member -> member.role() == Role.CLIENT && !Objects.equals(member.userId(), actor.userId()))
			.map(member -> new Notifications.Recipient(member.userId(), member.email())).toList();
		if (clients.isEmpty()) {
			return;
		}
		String by = actor.userId() == null ? "" : members.find(organization, actor.userId()).map(Members.Member::name).orElse("");
		notifications.send(organization, clients, TaskNotificationTypes.DOCUMENT_REVIEW, "Please review: " + documentName,
				documentName + " was shared for your review on " + item.name() + ".", link(item),
				Map.of("documentName", documentName, "taskName", item.name(), "uploadedBy", by));
	}

	private List<Notifications.Recipient> recipients(OrganizationId organization, List<UUID> people) {
		return people.stream().map(person -> members.find(organization, person)).flatMap(java.util.Optional::stream)
			.map(member -> new Notifications.Recipient(member.userId(), member.email())).toList();
	}

	private static String link(TaskItemView item) {
		return "/tasks/items/" + item.id();
	}
}
