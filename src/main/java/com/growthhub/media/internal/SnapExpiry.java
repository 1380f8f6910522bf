package com.growthhub.media.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Snaps are fleeting: once a snap's time is up, it is deleted together with its items and their files, except items
 * that are also in another collection, which only leave the snap. Each snap goes in its own transaction under
 * {@code skip locked}, so two nodes never delete the same one twice and one bad snap does not hold up the rest.
 */
@Service
public class SnapExpiry {

	static final Actor JOB = new Actor.Job("media-snap-expiry");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaRemoval removal;

	SnapExpiry(JdbcClient jdbc, TenantTransactions transactions, MediaRemoval removal) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.removal = removal;
	}

	private record Due(UUID organizationId, UUID id) {
	}

	/** Deletes every snap whose time is up; answers how many. */
	public int expireDue() {
		List<Due> due = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select organization_id, id from media_collections where kind = 'SNAP' and expires_at <= now()
				order by expires_at limit 500
				""").query(Due.class).list());
		int expired = 0;
		for (Due snap : due) {
			if (expire(OrganizationId.of(snap.organizationId()), snap.id())) {
				expired++;
			}
		}
		return expired;
	}

	private boolean expire(OrganizationId organization, UUID snapId) {
		return transactions.call(organization, JOB, () -> {
			boolean locked = jdbc.sql("""
					select id from media_collections where organization_id = ? and id = ? and kind = 'SNAP'
					and expires_at <= now() for update skip locked
					""").params(organization.value(), snapId).query(UUID.class).optional().isPresent();
			if (!locked) {
				return false;
			}
			List<UUID> onlyHere = jdbc.sql("""
					select ci.media_id from media_collection_items ci where ci.organization_id = ? and ci.collection_id = ?
					and not exists (select 1 from media_collection_items other where other.organization_id = ci.organization_id
					                and other.media_id = ci.media_id and other.collection_id <> ci.collection_id)
					""").params(organization.value(), snapId).query(UUID.class).list();
			onlyHere.forEach(media -> removal.delete(organization, media));
			jdbc.sql("delete from media_collections where organization_id = ? and id = ?").params(organization.value(), snapId)
				.update();
			return true;
		});
	}
}
