package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * The intake's group commit: what one multi-row statement answers for each submission of a batch (clashing keys
 * inside the batch too), a batch with one bad row, and many submissions queued at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionQueueWriterTests extends IdentityTestSupport {

	@Autowired
	SubmissionQueueWriter writer;

	OrganizationId organization;
	UUID form;

	@BeforeAll
	void form() {
		String owner = accessToken(registeredOwner());
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", owner).text("id")));
		form = UUID.fromString(api().post("/api/v1/forms", Map.of("name", "Queue", "definition", Map.of("fields",
				List.of(Map.of("key", "email", "type", "email", "label", "Email", "mapsTo", "email")))), owner).text("id"));
	}

	private String registeredOwner() {
		String email = uniqueEmail("queue-owner");
		registerVerified(email);
		return email;
	}

	SubmissionRepository.NewSubmission submission(String key, String hash) {
		return new SubmissionRepository.NewSubmission(UUID.randomUUID(), organization, form, 1, "queued",
				"{\"email\":[\"a@example.com\"]}", "[]", "{}", key, hash, null, List.of());
	}

	long rows(UUID id) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("select count(*) from form_submissions where id = ?").param(id).query(Long.class).single());
	}

	@Test
	void oneStatementTellsEachSubmissionWhatBecameOfIt() {
		String key = "k-" + UUID.randomUUID();
		SubmissionRepository.NewSubmission first = submission(key, "same");
		SubmissionRepository.NewSubmission resent = submission(key, "same");
		SubmissionRepository.NewSubmission other = submission(key, "other");
		SubmissionRepository.NewSubmission keyless = submission(null, "keyless");

		List<SubmissionQueueWriter.Written> written = writer.writeTogether(organization,
				List.of(first, resent, other, keyless)).orElseThrow();

		assertThat(written).extracting(SubmissionQueueWriter.Written::inserted).containsExactly(true, false, false, true);
		// Both clashes name the first row of the same statement, with its hash: the intake tells a resend from a reuse.
		assertThat(written.get(1).existing()).contains(new SubmissionRepository.Existing(first.id(), "same"));
		assertThat(written.get(2).existing()).contains(new SubmissionRepository.Existing(first.id(), "same"));
		assertThat(rows(first.id()) + rows(resent.id()) + rows(other.id()) + rows(keyless.id())).isEqualTo(2);
	}

	@Test
	void aBadRowDoesNotRefuseTheOthersOfItsBatch() {
		SubmissionRepository.NewSubmission good = submission(null, "good");
		// Longer than the column allows (the intake refuses it before; here it stands for any row the database refuses).
		SubmissionRepository.NewSubmission bad = submission("k".repeat(201), "bad");

		assertThat(writer.writeTogether(organization, List.of(good, bad))).as("the batch rolled back").isEqualTo(Optional.empty());
		assertThat(rows(good.id())).isZero();

		// Each request of a failed batch then writes its own row.
		assertThat(writer.write(good).inserted()).isTrue();
		assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(rows(good.id())).isEqualTo(1);
		assertThat(rows(bad.id())).isZero();
	}

	@Test
	void submissionsQueuedAtOnceAreAllCommittedBeforeTheirRequestsHearOfIt() {
		List<SubmissionRepository.NewSubmission> many = IntStream.range(0, 40)
			.mapToObj(i -> submission(null, "many-" + i)).toList();

		List<CompletableFuture<SubmissionQueueWriter.Written>> answers = many.stream()
			.map(s -> CompletableFuture.supplyAsync(() -> writer.write(s))).toList();

		for (int i = 0; i < many.size(); i++) {
			assertThat(answers.get(i).join().inserted()).isTrue();
			// Answered means committed: another connection sees the row at once.
			assertThat(rows(many.get(i).id())).isEqualTo(1);
		}
	}
}
