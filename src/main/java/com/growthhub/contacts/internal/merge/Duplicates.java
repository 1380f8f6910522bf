package com.growthhub.contacts.internal.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactVisibility;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Candidate pairs of live contacts that may be the same person: the same phone, or a similar name at
 * the same company. Live emails cannot collide (unique index), so email is no reason among live rows.
 */
@Service
public class Duplicates {

	static final int MAX_PAIRS = 200;
	/** pg_trgm's own default: "Jon Smith" against "John Smith" scores about 0.7, "Jane Smith" 0.5. */
	static final double NAME_SIMILARITY = 0.6;

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;

	Duplicates(JdbcClient jdbc, ContactSettingsStore settings, ContactVisibility visibility,
			TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.visibility = visibility;
		this.transactions = transactions;
	}

	public record Summary(UUID id, String firstName, @Nullable String lastName, @Nullable String email,
			@Nullable String phone, @Nullable String company) {
	}

	public record Pair(String reason, Summary first, Summary second) {
	}

	/** Pairs among the contacts the actor may see. */
	public List<Pair> find(OrganizationId organization, Actor actor, int limit) {
		UUID org = organization.value();
		int size = Math.clamp(limit, 1, MAX_PAIRS);
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			UUID onlyOwner = visibility.onlyOwner(organization, actor, rules);
			List<Object[]> pairs = jdbc.sql("""
					with pairs as (
					  (select 'phone' as reason, a.id as first_id, b.id as second_id
					   from contacts a join contacts b on b.organization_id = a.organization_id and b.phone = a.phone
					     and b.deleted_at is null and b.id > a.id
					   where a.organization_id = :org and a.phone is not null and a.deleted_at is null
					     and (cast(:owner as uuid) is null or (a.owner_id = :owner and b.owner_id = :owner))
					   order by a.id, b.id limit :limit)
					  union all
					  (select 'name_company', a.id, b.id
					   from contacts a join contacts b on b.organization_id = a.organization_id
					     and lower(b.company) = lower(a.company) and b.company is not null and b.deleted_at is null and b.id > a.id
					   where a.organization_id = :org and a.company is not null and a.deleted_at is null
					     and similarity(lower(a.first_name || ' ' || coalesce(a.last_name, '')),
					                    lower(b.first_name || ' ' || coalesce(b.last_name, ''))) >= :similarity
					     and (a.phone is null or b.phone is null or a.phone <> b.phone)
					     and (cast(:owner as uuid) is null or (a.owner_id = :owner and b.owner_id = :owner))
					   order by a.id, b.id limit :limit))
					select reason, first_id, second_id from pairs order by reason desc, first_id, second_id limit :limit
					""").param("org", org).param("owner", onlyOwner).param("limit", size)
				.param("similarity", NAME_SIMILARITY)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) })
				.list();
			Map<UUID, Summary> summaries = summaries(org, pairs, rules.privacyMode());
			List<Pair> found = new ArrayList<>();
			pairs.forEach(p -> found.add(new Pair((String) p[0], summaries.get((UUID) p[1]), summaries.get((UUID) p[2]))));
			return found;
		});
	}

	private Map<UUID, Summary> summaries(UUID org, List<Object[]> pairs, boolean privacyMode) {
		UUID[] ids = pairs.stream().flatMap(p -> java.util.stream.Stream.of((UUID) p[1], (UUID) p[2])).distinct()
			.toArray(UUID[]::new);
		return jdbc.sql("select id, first_name, last_name, email, phone, company from contacts where organization_id = ? and id = any(?)")
			.params(org, ids)
			.query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getString("first_name"),
					PrivacyMode.of(privacyMode).allowsField("lastName") ? rs.getString("last_name") : null, rs.getString("email"), rs.getString("phone"),
					rs.getString("company")))
			.list()
			.stream()
			.collect(Collectors.toMap(Summary::id, Function.identity()));
	}
}
