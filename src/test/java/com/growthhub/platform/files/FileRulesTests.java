package com.growthhub.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.shared.OrganizationId;

/** The small rules of the file store, without a database. */
class FileRulesTests {

	private final ContentTypeDetector types = new ContentTypeDetector();

	@Test
	void typesComeFromTheBytes() {
		assertThat(detect(TestFiles.png(4, 4))).isEqualTo("image/png");
		assertThat(detect(TestFiles.jpeg(4, 4))).isEqualTo("image/jpeg");
		assertThat(detect(TestFiles.pdf())).isEqualTo("application/pdf");
		assertThat(detect("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/html");
		assertThat(detect(new byte[] { 0, 1, 2, 3, 4, 5, (byte) 0xff, 7 })).isEqualTo("application/octet-stream");
	}

	@Test
	void anUploadPolicyComparesDetectedTypesWithoutCase() {
		UploadPolicy policy = UploadPolicy.of("receipt", DataSize.ofMegabytes(10), "image/JPEG", "application/pdf");
		assertThat(policy.allows("image/jpeg")).isTrue();
		assertThat(policy.allows("IMAGE/JPEG")).isTrue();
		assertThat(policy.allows("image/png")).isFalse();
		assertThatThrownBy(() -> UploadPolicy.of("none", DataSize.ofBytes(1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void namesLoseFoldersAndControlCharactersAndFallBackToTheType() {
		assertThat(FileNames.clean("C:\\fakepath\\receipt.jpg", "image/jpeg")).isEqualTo("receipt.jpg");
		assertThat(FileNames.clean("../../etc/passwd", "text/plain")).isEqualTo("passwd");
		assertThat(FileNames.clean("bad\"name\n.pdf", "application/pdf")).isEqualTo("badname.pdf");
		assertThat(FileNames.clean(null, "application/pdf")).isEqualTo("file.pdf");
		assertThat(FileNames.clean("  ", "image/png")).isEqualTo("file.png");
		assertThat(FileNames.clean("x".repeat(300) + ".png", "image/png")).hasSize(255).endsWith(".png");
	}

	@Test
	void sizesReadLikePeopleWriteThem() {
		assertThat(StorageSizes.format(0)).isEqualTo("0 bytes");
		assertThat(StorageSizes.format(1)).isEqualTo("1 byte");
		assertThat(StorageSizes.format(1536)).isEqualTo("1.5 KB");
		assertThat(StorageSizes.format(5L * 1024 * 1024 * 1024)).isEqualTo("5 GB");
		assertThat(StorageSizes.format(200L * 1024 * 1024)).isEqualTo("200 MB");
		assertThat(new StorageUsage(3, 4).percentUsed()).isEqualTo(75);
		assertThat(new StorageUsage(9, 4).remainingBytes()).isZero();
		assertThat(new StorageUsage(9, 4).percentUsed()).isEqualTo(100);
	}

	@Test
	void theLimitIsPassedOnTheFirstByteOverIt() throws Exception {
		LimitedInputStream exact = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10);
		assertThat(exact.readAllBytes()).hasSize(10);
		LimitedInputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10);
		assertThatThrownBy(over::readAllBytes).isInstanceOf(FileStore.LimitExceededException.class);
	}

	@Test
	void aSignedLinkHoldsUntilItExpiresAndBreaksWhenAnyPartChanges() {
		Instant now = Instant.parse("2026-03-01T10:00:00Z");
		SignedFileLinks links = new SignedFileLinks("key".getBytes(StandardCharsets.UTF_8), Clock.fixed(now, ZoneOffset.UTC));
		OrganizationId organization = OrganizationId.of(UUID.randomUUID());
		FileId file = FileId.of(UUID.randomUUID());
		var query = UriComponentsBuilder.fromUri(links.link(organization, file, now.plusSeconds(60))).build().getQueryParams();
		String signature = query.getFirst("signature");
		long expires = Long.parseLong(query.getFirst("expires"));

		assertThat(links.check(organization.value(), file.value(), expires, signature)).isEqualTo(SignedFileLinks.Verdict.VALID);
		assertThat(links.check(organization.value(), file.value(), expires + 3600, signature))
			.isEqualTo(SignedFileLinks.Verdict.INVALID);
		assertThat(links.check(UUID.randomUUID(), file.value(), expires, signature)).isEqualTo(SignedFileLinks.Verdict.INVALID);
		assertThat(links.check(organization.value(), UUID.randomUUID(), expires, signature))
			.isEqualTo(SignedFileLinks.Verdict.INVALID);
		SignedFileLinks later = new SignedFileLinks("key".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC));
		assertThat(later.check(organization.value(), file.value(), expires, signature)).isEqualTo(SignedFileLinks.Verdict.EXPIRED);
		SignedFileLinks otherInstallation = new SignedFileLinks("other".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(now, ZoneOffset.UTC));
		assertThat(otherInstallation.check(organization.value(), file.value(), expires, signature))
			.isEqualTo(SignedFileLinks.Verdict.INVALID);
	}

	@Test
	void onlyImagesAudioVideoAndPdfAreShownWithoutASandbox() {
		assertThat(FileResponses.safeToShow("image/png")).isTrue();
		assertThat(FileResponses.safeToShow("application/pdf")).isTrue();
		assertThat(FileResponses.safeToShow("video/mp4")).isTrue();
		assertThat(FileResponses.safeToShow("image/svg+xml")).isFalse();
		assertThat(FileResponses.safeToShow("text/html")).isFalse();
	}

	private String detect(byte[] bytes) {
		return types.detect(bytes, bytes.length);
	}
}
