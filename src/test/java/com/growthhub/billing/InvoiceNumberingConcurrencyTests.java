package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.billing.internal.invoices.InvoiceIssuing;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * Many people issuing at once get one number each, in one unbroken sequence: the counter row's lock serializes the
 * issues, and an issue that fails gives its number back (the full 1,000 is bench/billing).
 */
class InvoiceNumberingConcurrencyTests extends IdentityTestSupport {

	private static final int INVOICES = 50;

	private static final int THREADS = 16;

	@Autowired
	InvoiceIssuing issuing;

	@Test
	void concurrentIssuesGetGaplessNumbers() throws Exception {
		String email = uniqueEmail("billing-race");
		registerVerified(email);
		String token = accessToken(email);
		OrganizationId organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", token).text("id")));
		Actor owner = new Actor.User(UUID.fromString(api().get("/api/v1/me", token).text("id")));
		String contact = BillingFixtures.contact(api(), token, "Race", null);
		List<UUID> drafts = IntStream.range(0, INVOICES).mapToObj(i -> UUID.fromString(api().post("/api/v1/invoices",
				BillingFixtures.invoice(contact, "USD", List.of(BillingFixtures.line("Item " + i, "1", 100 + i, "0"))), token)
			.text("id"))).toList();

		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> numbers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
			for (UUID draft : drafts) {
				numbers.add(pool.submit(() -> {
					start.await();
					// Each thread acts as a request would: in the owner's scope, which the role check reads.
					return TenantContext.call(TenantScope.acting(organization, owner),
							() -> issuing.issue(organization, owner, draft).number());
				}));
			}
			start.countDown();
			List<String> issued = new ArrayList<>();
			for (Future<String> number : numbers) {
				issued.add(number.get());
			}
			String year = String.valueOf(Year.now().getValue());
			assertThat(issued).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, INVOICES)
				.mapToObj(n -> "INV-" + year + "-" + String.format("%04d", n)).toList());
		}
	}
}
