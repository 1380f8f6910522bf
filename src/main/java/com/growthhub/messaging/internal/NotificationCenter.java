package com.growthhub.messaging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.Notifications;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Stores in-app notifications, emails those whose recipient asked for email, and tells the recipient's
 * open pages the new unread count over the live topic {@code notifications:<organization>:<user>}. A person
 * reads and marks their own notifications in an organization: those methods take both, the person as the actor.
 */
@Service
public class NotificationCenter implements Notifications {

	/** Without a saved choice, a notification shows in the app and sends no email, unless its module says otherwise. */
	static final Preference DEFAULT = new Preference(true, false);

	static final Preference DEFAULT_WITH_EMAIL = new Preference(true, true);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final LiveUpdates live;
	private final Outbox outbox;
	private final PlatformSettings platform;
	private final NotificationTypeCatalog types;

	NotificationCenter(JdbcClient jdbc, TenantTransactions transactions, LiveUpdates live, Outbox outbox,
			PlatformSettings platform, NotificationTypeCatalog types) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.live = live;
		this.outbox = outbox;
		this.platform = platform;
		this.types = types;
	}

	public record Notification(UUID id, String type, String title, String body, @Nullable String link,
			Instant createdAt, @Nullable Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}

	public record Page(List<Notification> items, @Nullable String nextCursor, long unreadCount) {
	}

	public record Preference(boolean inApp, boolean email) {
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(OrganizationId organization, List<Recipient> recipients, NotificationType type, String title,
			String body, String link, Map<String, String> details) {
		String clipped = clip(title, 200);
		for (Recipient recipient : recipients) {
			Preference preference = preferences(organization.value(), recipient.userId()).get(type);
			if (preference.inApp()) {
				jdbc.sql("""
						insert into notifications (id, organization_id, recipient_user_id, type, title, body, link)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
					.params(Ids.next(), organization.value(), recipient.userId(), type.key(),
							clipped, clip(body, 2000), link)
					.update();
				announce(organization.value(), recipient.userId());
			}
			if (preference.email()) {
				Map<String, Object> variables = new java.util.HashMap<>(details);
				variables.putAll(Map.of("title", clipped, "body", body, "link", platform.baseUrl() + link));
				outbox.enqueue(new EmailRequest(organization, recipient.userId(), recipient.email(),
						types.emailTemplate(type), clipped, variables, null));
			}
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean sendOnce(String occasion, OrganizationId organization, List<Recipient> recipients,
			NotificationType type, String title, String body, String link, Map<String, String> details) {
		int first = jdbc.sql("""
				insert into notification_occasions (organization_id, occasion) values (?, ?) on conflict do nothing
				""").params(organization.value(), clip(occasion, 200)).update();
		if (first == 0) {
			return false;
		}
		send(organization, recipients, type, title, body, link, details);
		return true;
	}

	public static String topic(UUID organization, UUID user) {
		return "notifications:" + organization + ":" + user;
	}

	/** The person's live topic, starting with their unread count. */
	public SseEmitter stream(OrganizationId organization, Actor actor) {
		return live.subscribe(topic(organization.value(), recipient(actor)), "unread",
				() -> unreadPayload(unreadCount(organization, actor)));
	}

	public Page find(OrganizationId organization, Actor actor, @Nullable String cursor, int limit, boolean unreadOnly) {
		PageCursor after = PageCursor.parse(cursor);
		UUID user = recipient(actor);
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			List<Object> params = new ArrayList<>(List.of(organization.value(), user));
			String where = "organization_id = ? and recipient_user_id = ?" + (unreadOnly ? " and read_at is null" : "");
			if (after != null) {
				where += " and (created_at, id) < (?, ?)";
				params.add(java.sql.Timestamp.from(after.instant()));
				params.add(after.id());
			}
			List<Notification> rows = jdbc.sql("select id, type, title, body, link, created_at, read_at from notifications where "
					+ where + " order by created_at desc, id desc limit " + (size + 1))
				.params(params)
				.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("title"),
						rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
				.list();
			String next = null;
			if (rows.size() > size) {
				Notification last = rows.get(size - 1);
				next = new PageCursor(last.createdAt(), last.id()).encode();
				rows = rows.subList(0, size);
			}
			return new Page(rows, next, unread(organization.value(), user));
		});
	}

	public long unreadCount(OrganizationId organization, Actor actor) {
		UUID user = recipient(actor);
		return transactions.call(organization, actor, () -> unread(organization.value(), user));
	}

	public void markRead(OrganizationId organization, Actor actor, UUID id) {
		UUID user = recipient(actor);
		transactions.run(organization, actor, () -> {
			int found = jdbc.sql("""
					update notifications set read_at = coalesce(read_at, now())
					where id = ? and organization_id = ? and recipient_user_id = ?
					""").params(id, organization.value(), user).update();
			if (found == 0) {
				throw NotFoundException.of("Notification");
			}
			announce(organization.value(), user);
		});
	}

	public int markAllRead(OrganizationId organization, Actor actor) {
		UUID user = recipient(actor);
		return transactions.call(organization, actor, () -> {
			int changed = jdbc.sql("""
					update notifications set read_at = now()
					where organization_id = ? and recipient_user_id = ? and read_at is null
					""").params(organization.value(), user).update();
			announce(organization.value(), user);
			return changed;
		});
	}

	/** The person's choice for every type, defaults filled in. */
	public Map<NotificationType, Preference> preferences(OrganizationId organization, Actor actor) {
		UUID user = recipient(actor);
		return transactions.call(organization, actor, () -> preferences(organization.value(), user));
	}

	public Map<NotificationType, Preference> savePreferences(OrganizationId organization, Actor actor,
			Map<NotificationType, Preference> changes) {
		UUID user = recipient(actor);
		return transactions.call(organization, actor, () -> {
			changes.forEach((type, preference) -> jdbc.sql("""
					insert into notification_preferences (organization_id, user_id, type, in_app, email)
					values (?, ?, ?, ?, ?)
					on conflict (organization_id, user_id, type) do update set in_app = excluded.in_app, email = excluded.email
					""").params(organization.value(), user, type.key(), preference.inApp(), preference.email()).update());
			return preferences(organization.value(), user);
		});
	}

	private Map<NotificationType, Preference> preferences(UUID organization, UUID user) {
		Map<NotificationType, Preference> all = new LinkedHashMap<>();
		for (NotificationType type : types.all()) {
			all.put(type, types.emailedByDefault(type) ? DEFAULT_WITH_EMAIL : DEFAULT);
		}
		jdbc.sql("select type, in_app, email from notification_preferences where organization_id = ? and user_id = ?")
			.params(organization, user)
			.query((rs, n) -> {
				// A choice for a type no module sends any more is kept but not shown.
				Preference chosen = new Preference(rs.getBoolean("in_app"), rs.getBoolean("email"));
				all.computeIfPresent(new NotificationType(rs.getString("type")), (type, unchanged) -> chosen);
				return null;
			})
			.list();
		return all;
	}

	private long unread(UUID organization, UUID user) {
		return jdbc.sql("select count(*) from notifications where organization_id = ? and recipient_user_id = ? and read_at is null")
			.params(organization, user)
			.query(Long.class)
			.single();
	}

	/** Tells the recipient's open pages their unread count; delivered when the transaction commits. */
	private void announce(UUID organization, UUID user) {
		live.publish(topic(organization, user), "unread", unreadPayload(unread(organization, user)));
	}

	/** The one shape of the unread event, whether it opens the stream or follows a change. */
	private static String unreadPayload(long count) {
		return "{\"unread\":" + count + "}";
	}

	/** Only a person has notifications; a job or an integration reading them is a programming error. */
	private static UUID recipient(Actor actor) {
		UUID user = actor.userId();
		if (user == null) {
			throw new IllegalStateException("Notifications belong to a signed-in user");
		}
		return user;
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
