package com.growthhub.contacts.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

/**
 * What keeping per-field change times costs an update of contacts: the same updates with the statement-level trigger
 * on and off, set-wise (one statement over 20,000 contacts, as an import's merge or a bulk action does) and a page at
 * a time (200 statements of 100 contacts, as a sync applies pages). Run with
 * {@code ./mvnw -o test -Dtest=ContactFieldTimesBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ContactFieldTimesBenchmark extends IdentityTestSupport {

	private static final Logger log = LoggerFactory.getLogger(ContactFieldTimesBenchmark.class);

	private static final int CONTACTS = 20_000;

	private static final int PAGE = 100;

	@Test
	void measuresTheTriggersCost() {
		UUID organization = UUID.randomUUID();
		system(() -> jdbc.sql("""
				insert into contacts (id, organization_id, first_name, email, company)
				select gen_random_uuid(), ?, 'P' || g, 'p' || g || '@bench.example.com', 'Co ' || g from generate_series(1, ?) g
				""").params(organization, CONTACTS).update());
		List<UUID> ids = system(() -> jdbc.sql("select id from contacts where organization_id = ? order by id")
			.param(organization).query(UUID.class).list());
		for (String state : List.of("enable", "disable", "enable", "disable", "enable", "disable")) {
			system(() -> jdbc.sql("alter table contacts " + state + " trigger contact_field_times_update").update());
			long setWise = timed(() -> system(() -> jdbc
				.sql("update contacts set company = company || '!', job_title = 'T' where organization_id = ?")
				.param(organization).update()));
			long paged = timed(() -> {
				for (int from = 0; from < ids.size(); from += PAGE) {
					List<UUID> page = ids.subList(from, Math.min(from + PAGE, ids.size()));
					system(() -> jdbc.sql("update contacts set company = company || '.' where id = any(?)")
						.param(page.toArray(UUID[]::new)).update());
				}
			});
			log.info("trigger {}d: one statement over {} contacts {} ms; {} statements of {} contacts {} ms",
					state, CONTACTS, setWise, CONTACTS / PAGE, PAGE, paged);
		}
		system(() -> jdbc.sql("alter table contacts enable trigger contact_field_times_update").update());
		long kept = system(() -> jdbc.sql("select count(*) from contact_field_times where organization_id = ?")
			.param(organization).query(Long.class).single());
		assertThat(kept).isEqualTo(CONTACTS);
	}

	private <T> T system(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.system(new Actor.Job("bench")), work::get);
	}

	private static long timed(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}
}
