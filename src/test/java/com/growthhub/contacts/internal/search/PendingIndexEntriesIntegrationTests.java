package com.growthhub.contacts.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

class PendingIndexEntriesIntegrationTests extends IdentityTestSupport {

	@Autowired
	PendingIndexEntries entries;

	@Test
	void writesLeaveTheirSearchEntriesPendingAndOneMergeFoldsThemIn() {
		assertThat(transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select c.relname || ':' || array_to_string(c.reloptions, ',') from pg_class c
				where c.relname in ('contacts_search_fts_idx', 'contacts_custom_fields_idx') order by c.relname
				""").query(String.class).list())).isEqualTo(List.of("contacts_custom_fields_idx:gin_pending_list_limit=262144",
				"contacts_search_fts_idx:gin_pending_list_limit=262144"));

		String owner = uniqueEmail("pending");
		registerVerified(owner);
		String token = accessToken(owner);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Zebediah", "lastName", "Quillfeather", "company", "Pending Co")), token);
		assertThat(api().get("/api/v1/contacts?q=quillfeather", token).body().path("items").size())
			.as("found while its entries may still be pending").isEqualTo(1);

		entries.merge();

		assertThat(entries.merge()).as("nothing left after one merge").isZero();
		assertThat(api().get("/api/v1/contacts?q=quilfeather", token).body().path("items").size())
			.as("found through the merged index, typo and all").isEqualTo(1);
	}

	@Test
	void theBackgroundMergeStandsAsideWhileAnImportRuns() {
		assertThat(entries.mergeUnlessImporting()).isNotNegative();
		long[] whileImporting = new long[1];
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> {
			entries.importing();
			// the background merge runs on a thread and in a transaction of its own, as the job system runs it
			whileImporting[0] = CompletableFuture.supplyAsync(entries::mergeUnlessImporting).join();
		});
		assertThat(whileImporting[0]).isEqualTo(-1);
		assertThat(entries.mergeUnlessImporting()).as("after the import's transaction").isNotNegative();
	}
}
