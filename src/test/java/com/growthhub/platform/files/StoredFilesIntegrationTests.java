package com.growthhub.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpRange;
import org.springframework.util.unit.DataSize;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

class StoredFilesIntegrationTests extends IdentityTestSupport {

	static final UploadPolicy IMAGES = UploadPolicy.of("test", DataSize.ofKilobytes(200), "image/png", "image/jpeg");
	static final UploadPolicy DOCUMENTS = UploadPolicy.of("test", DataSize.ofMegabytes(1), "application/pdf");

	@Autowired
	StoredFiles files;

	@Autowired
	FileStore store;

	@Autowired
	ContentTypeDetector types;

	@Autowired
	SignedFileLinks links;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void storesAnUploadWithTheTypeOfItsBytesAndReadsItBackWholeOrInPart() throws IOException {
		OrganizationId organization = newOrganization();
		byte[] png = TestFiles.png(40, 30);
		StoredFile stored = files.store(organization, new ByteArrayInputStream(png), "C:\\fakepath\\photo.jpeg", IMAGES);

		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.sizeBytes()).isEqualTo(png.length);
		assertThat(stored.originalName()).isEqualTo("photo.jpeg");
		assertThat(files.find(organization, stored.id())).contains(stored);
		try (FileContent content = files.open(organization, stored.id(), null)) {
			assertThat(content.stream().readAllBytes()).isEqualTo(png);
			assertThat(content.partial()).isFalse();
		}
		try (FileContent content = files.open(organization, stored.id(), HttpRange.createByteRange(8, 15))) {
			assertThat(content.stream().readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(png, 8, 16));
			assertThat(content.partial()).isTrue();
		}
		assertThatThrownBy(() -> files.open(organization, stored.id(), HttpRange.createByteRange(png.length + 10, png.length + 20)))
			.isInstanceOf(RangeNotSatisfiableException.class);
		assertThat(files.usage(organization).usedBytes()).isEqualTo(png.length);
	}

	@Test
	void anotherOrganizationsFileIsNotFound() {
		OrganizationId owner = newOrganization();
		StoredFile stored = files.store(owner, new ByteArrayInputStream(TestFiles.png(8, 8)), "a.png", IMAGES);
		OrganizationId other = newOrganization();

		assertThat(files.find(other, stored.id())).isEmpty();
		assertThatThrownBy(() -> files.open(other, stored.id(), null)).isInstanceOf(FileNotFoundException.class)
			.satisfies(ex -> assertThat(((FileNotFoundException) ex).getStatusCode().value()).isEqualTo(404));
		assertThatThrownBy(() -> files.shareLink(other, stored.id(), Duration.ofHours(1)))
			.isInstanceOf(FileNotFoundException.class);
		files.delete(other, stored.id());
		assertThat(files.find(owner, stored.id())).isPresent();
	}

	@Test
	void aPdfNamedLikeAnImageIsRefusedWhereOnlyImagesAreAllowed() {
		OrganizationId organization = newOrganization();
		assertThatThrownBy(() -> files.store(organization, new ByteArrayInputStream(TestFiles.pdf()), "receipt.jpg", IMAGES))
			.isInstanceOf(UnsupportedFileTypeException.class)
			.satisfies(ex -> {
				UnsupportedFileTypeException refused = (UnsupportedFileTypeException) ex;
				assertThat(refused.getStatusCode().value()).isEqualTo(415);
				assertThat(refused.getBody().getProperties()).containsEntry("detectedType", "application/pdf");
			});
		assertNothingKept(organization);
	}

	@Test
	void anEmptyFileIsRefused() {
		OrganizationId organization = newOrganization();
		assertThatThrownBy(() -> files.store(organization, InputStream.nullInputStream(), "empty.png", IMAGES))
			.isInstanceOf(EmptyFileException.class)
			.satisfies(ex -> assertThat(((EmptyFileException) ex).forField("receipt").getBody().getProperties())
				.containsEntry("errors", List.of(Map.of("field", "receipt", "message", "The file is empty."))));
		assertNothingKept(organization);
	}

	@Test
	void aFileOverThePolicysSizeIsRefusedWhileStreamingAndNothingOfItIsKept() {
		OrganizationId organization = newOrganization();
		CountingStream upload = new CountingStream(TestFiles.largePdf(50L * 1024 * 1024));

		assertThatThrownBy(() -> files.store(organization, upload, "big.pdf", DOCUMENTS))
			.isInstanceOf(FileTooLargeException.class)
			.satisfies(ex -> assertThat(((FileTooLargeException) ex).getStatusCode().value()).isEqualTo(413));
		assertThat(upload.read).as("refused as soon as the limit was passed, not after reading all of it")
			.isLessThan(2L * 1024 * 1024);
		assertNothingKept(organization);
	}

	@Test
	void theOrganizationsQuotaIsEnforcedAndFreedByDeleting() {
		OrganizationFiles small = new OrganizationFiles(jdbc, transactions, store, types, links,
				new StorageSettings(DataSize.ofKilobytes(100), null));
		OrganizationId organization = newOrganization();
		StoredFile first = small.store(organization, TestFiles.largePdf(60 * 1024), "one.pdf", DOCUMENTS);

		assertThatThrownBy(() -> small.store(organization, TestFiles.largePdf(60 * 1024), "two.pdf", DOCUMENTS))
			.isInstanceOf(StorageQuotaExceededException.class)
			.satisfies(ex -> assertThat(((StorageQuotaExceededException) ex).getStatusCode().value()).isEqualTo(413));
		assertThat(small.usage(organization)).isEqualTo(new StorageUsage(60 * 1024, 100 * 1024));
		assertThat(storedFilesOf(organization)).hasSize(1);

		small.storeDerived(organization, TestFiles.largePdf(50 * 1024), "image/jpeg", "thumb.jpg");
		assertThat(small.usage(organization).usedBytes()).as("derived files count, and are not refused")
			.isEqualTo(110 * 1024);

		small.delete(organization, first.id());
		assertThat(small.usage(organization).usedBytes()).isEqualTo(50 * 1024);
		assertThat(small.find(organization, first.id())).isEmpty();
		assertThat(store.exists(organization.value() + "/" + first.id().value())).isFalse();
		small.delete(organization, first.id());
	}

	@Test
	void aFileStoredInATransactionThatRollsBackIsRemoved() {
		OrganizationId organization = newOrganization();
		assertThatThrownBy(() -> transactions.run(TenantScope.organization(organization, new Actor.Job("test")), () -> {
			files.store(organization, new ByteArrayInputStream(TestFiles.png(8, 8)), "a.png", IMAGES);
			throw new IllegalStateException("the caller's work failed");
		})).hasMessage("the caller's work failed");
		assertNothingKept(organization);
		assertThat(files.usage(organization).usedBytes()).isZero();
	}

	@Test
	void aSharedLinkServesTheFileWithRangesUntilItExpiresAndNotOnceChanged() throws Exception {
		OrganizationId organization = newOrganization();
		byte[] png = TestFiles.png(60, 40);
		StoredFile stored = files.store(organization, new ByteArrayInputStream(png), "photo.png", IMAGES);
		URI link = files.shareLink(organization, stored.id(), Duration.ofMinutes(10));
		assertThat(link.getPath()).isEqualTo("/files/shared/" + stored.id().value());

		HttpResponse<byte[]> whole = get(link.toString(), Map.of());
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(png);
		assertThat(whole.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("inline").contains("photo.png"));

		HttpResponse<byte[]> part = get(link.toString(), Map.of("Range", "bytes=10-19"));
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(png, 10, 20));
		assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + png.length);
		assertThat(get(link.toString(), Map.of("Range", "bytes=" + png.length + "-")).statusCode()).isEqualTo(416);

		String etag = whole.headers().firstValue("ETag").orElseThrow();
		assertThat(get(link.toString(), Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

		String tampered = link.toString().replace("org=" + organization.value(), "org=" + UUID.randomUUID());
		HttpResponse<byte[]> refused = get(tampered, Map.of());
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		// Another first character of the signature, whatever it was (always 'x' left one link in 64 unchanged).
		String signed = link.toString();
		int at = signed.indexOf("signature=") + "signature=".length();
		String forged = signed.substring(0, at) + (signed.charAt(at) == 'x' ? 'y' : 'x') + signed.substring(at + 1);
		assertThat(get(forged, Map.of()).statusCode()).isEqualTo(404);
		assertThat(get("/files/shared/not-a-uuid?org=x&expires=y&signature=z", Map.of()).statusCode()).isEqualTo(404);

		URI expired = links.link(organization, stored.id(), Instant.now().minusSeconds(5));
		assertThat(get(expired.toString(), Map.of()).statusCode()).isEqualTo(410);
	}

	@Test
	void storageUsageAndQuotaAreShownThroughTheApiAndInSettings() throws Exception {
		String email = uniqueEmail("storage");
		registerVerified(email);
		String token = accessToken(email);
		ApiClient.Response organization = api().get("/api/v1/organization", token);
		assertThat(organization.body().path("storage").path("quotaBytes").asLong()).isEqualTo(5L * 1024 * 1024 * 1024);
		OrganizationId id = OrganizationId.of(UUID.fromString(organization.text("id")));
		byte[] png = TestFiles.png(20, 20);
		files.store(id, new ByteArrayInputStream(png), "a.png", IMAGES);

		ApiClient.Response storage = api().get("/api/v1/storage", token);
		assertThat(storage.status()).isEqualTo(200);
		assertThat(storage.body().path("usedBytes").asLong()).isEqualTo(png.length);
		assertThat(storage.body().path("quotaBytes").asLong()).isEqualTo(5L * 1024 * 1024 * 1024);
		assertThat(api().get("/api/v1/organization", token).body().path("storage").path("usedBytes").asLong())
			.isEqualTo(png.length);
		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/organization",
				Map.of("storage", Map.of("quotaBytes", 1)), token, Map.of());
		assertThat(patched.status()).isEqualTo(400);
		assertThat(patched.body().path("errors").get(0).path("field").asString()).isEqualTo("storage");

		String page = signedIn(email).get("/settings/organization").body();
		assertThat(page).contains("data-testid=\"storage-card\"").contains("of 5 GB used (0%)");
	}

	private HttpResponse<byte[]> get(String pathAndQuery, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static OrganizationId newOrganization() {
		return OrganizationId.of(UUID.randomUUID());
	}

	private void assertNothingKept(OrganizationId organization) {
		assertThat(storedFilesOf(organization)).isEmpty();
		assertThat(bytesOnDisk(organization)).isEmpty();
	}

	private List<UUID> storedFilesOf(OrganizationId organization) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> jdbc.sql("select id from stored_files where organization_id = ?").param(organization.value())
					.query(UUID.class).list());
	}

	private List<Path> bytesOnDisk(OrganizationId organization) {
		Path folder = ((LocalFileStore) store).root().resolve(organization.value().toString());
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Counts what the store read of an upload. */
	static final class CountingStream extends java.io.FilterInputStream {

		long read;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			read += Math.max(n, 0);
			return n;
		}
	}
}
