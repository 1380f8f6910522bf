package com.growthhub.tasks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Comments on an item. {@code @name} mentions a member whose email starts with that name before the {@code @}, or whose
 * first name or whole name (without spaces) it is; each member mentioned is notified in the app.
 */
@Service
public class TaskComments {

	private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\p{L}\\p{N}._+-]{1,64})");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final TaskItems items;
	private final Members members;
	private final TaskNotices notices;

	TaskComments(JdbcClient jdbc, TenantTransactions transactions, TaskItems items, Members members, TaskNotices notices) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.items = items;
		this.members = members;
		this.notices = notices;
	}

	public record CommentView(UUID id, UUID itemId, @Nullable UUID authorId, String authorName, String body,
			List<UUID> mentionedIds, Instant createdAt) {
	}

	/** @param alsoMentioned members named by id (the API's way) besides those the text mentions */
	public CommentView add(OrganizationId organization, Actor actor, UUID itemId, String body,
			@Nullable List<UUID> alsoMentioned) {
		String text = TaskTexts.name("body", body, 5000);
		TaskItemView item = items.get(organization, actor, itemId);
		List<Members.Member> everybody = members.list(organization);
		Set<UUID> mentioned = new LinkedHashSet<>(mentions(text, everybody));
		if (alsoMentioned != null) {
			Set<UUID> ids = new java.util.HashSet<>(everybody.stream().map(Members.Member::userId).toList());
			if (!ids.containsAll(alsoMentioned)) {
				throw TaskRefusedException.invalid("mentionedUserIds", "must name members of the organization");
			}
			mentioned.addAll(alsoMentioned);
		}
		UUID id = UUID.randomUUID();
		transactions.run(organization, actor, () -> {
			jdbc.sql("insert into task_comments (id, organization_id, item_id, author_id, body, mentioned_ids) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(id, organization.value(), itemId, actor.userId(), text, mentioned.toArray(UUID[]::new)).update();
			notices.mentioned(organization, actor, item, List.copyOf(mentioned), text);
		});
		return list(organization, actor, itemId).stream().filter(comment -> comment.id().equals(id)).findFirst().orElseThrow();
	}

	/** Oldest first, as a conversation reads. */
	public List<CommentView> list(OrganizationId organization, Actor actor, UUID itemId) {
		items.get(organization, actor, itemId);
		var names = new java.util.HashMap<UUID, String>();
		members.list(organization).forEach(member -> names.put(member.userId(), member.name()));
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, item_id, author_id, body, mentioned_ids, created_at from task_comments
				where organization_id = ? and item_id = ? order by created_at, id
				""").params(organization.value(), itemId).query((rs, row) -> {
			UUID author = rs.getObject("author_id", UUID.class);
			List<UUID> ids = java.util.Arrays.stream((Object[]) rs.getArray("mentioned_ids").getArray()).map(UUID.class::cast)
				.toList();
			return new CommentView(rs.getObject("id", UUID.class), itemId, author,
					author == null ? "" : names.getOrDefault(author, ""), rs.getString("body"), ids,
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
		}).list());
	}

	static List<UUID> mentions(String text, List<Members.Member> members) {
		List<UUID> found = new ArrayList<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			String handle = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "");
			List<Members.Member> matching = members.stream().filter(member -> handles(member).contains(handle)).toList();
			if (matching.size() == 1 && !found.contains(matching.getFirst().userId())) {
				found.add(matching.getFirst().userId());
			}
		}
		return found;
	}

	private static Set<String> handles(Members.Member member) {
		Set<String> handles = new java.util.HashSet<>();
		String email = member.email().toLowerCase(Locale.ROOT);
		handles.add(email.substring(0, Math.max(email.indexOf('@'), 0)));
		String name = member.name().strip().toLowerCase(Locale.ROOT);
		if (!name.isEmpty()) {
			handles.add(name.replaceAll("\\s+", ""));
			handles.add(name.split("\\s+")[0]);
		}
		return handles;
	}
}
