package com.growthhub.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 adapter against a real S3-compatible server: S3Proxy, started in this JVM on a free loopback port with an
 * in-memory bucket store, speaking the S3 REST protocol and checking AWS signatures like any S3 service.
 */
class S3FileStoreTests {

	private static final String ACCESS_KEY = "growthhub-test";
	private static final String SECRET_KEY = "growthhub-test-secret";

	private static S3Proxy proxy;
	private static S3FileStore store;

	@BeforeAll
	static void startS3() throws Exception {
		proxy = S3Proxy.builder()
			.blobStore(new TransientNio2BlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.build();
		proxy.start();
		org.awaitility.Awaitility.await().until(() -> "STARTED".equals(proxy.getState()));
		URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
		store = FileStoreConfiguration.s3Store(
				new StorageSettings.S3(endpoint, "growthhub-files", "us-east-1", ACCESS_KEY, SECRET_KEY, true));
		store.ensureBucket();
	}

	@AfterAll
	static void stopS3() throws Exception {
		proxy.stop();
	}

	@Test
	void keepsReadsInRangesAndDeletesASmallFile() throws Exception {
		byte[] png = TestFiles.png(30, 30);
		assertThat(store.put("org/one", new ByteArrayInputStream(png), 1024 * 1024, "image/png")).isEqualTo(png.length);

		assertThat(store.exists("org/one")).isTrue();
		try (InputStream in = store.get("org/one", 0, png.length)) {
			assertThat(in.readAllBytes()).isEqualTo(png);
		}
		try (InputStream in = store.get("org/one", 5, 10)) {
			assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(png, 5, 15));
		}
		store.delete("org/one");
		assertThat(store.exists("org/one")).isFalse();
		assertThatThrownBy(() -> store.get("org/one", 0, 1)).isInstanceOf(FileNotFoundException.class);
	}

	@Test
	void streamsAFileLargerThanOnePartInParts() throws Exception {
		long size = 2L * S3FileStore.PART_SIZE + 12345;
		assertThat(store.put("org/large", TestFiles.largePdf(size), size, "application/pdf")).isEqualTo(size);

		try (InputStream in = store.get("org/large", 0, size)) {
			assertThat(sha256(in)).isEqualTo(sha256(TestFiles.largePdf(size)));
		}
		try (InputStream in = store.get("org/large", S3FileStore.PART_SIZE - 2, 4)) {
			byte[] expected = TestFiles.largePdf(size).readNBytes(S3FileStore.PART_SIZE + 2);
			assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(expected, S3FileStore.PART_SIZE - 2,
					S3FileStore.PART_SIZE + 2));
		}
		store.delete("org/large");
	}

	@Test
	void refusesAtTheLimitAndKeepsNothing() {
		assertThatThrownBy(() -> store.put("org/small-limit", TestFiles.largePdf(4096), 1000, "application/pdf"))
			.isInstanceOf(FileStore.LimitExceededException.class);
		assertThat(store.exists("org/small-limit")).isFalse();

		long size = 3L * S3FileStore.PART_SIZE;
		assertThatThrownBy(() -> store.put("org/parts-limit", TestFiles.largePdf(size), S3FileStore.PART_SIZE + 1,
				"application/pdf")).isInstanceOf(FileStore.LimitExceededException.class);
		assertThat(store.exists("org/parts-limit")).isFalse();
	}

	@Test
	void aPresignedUrlServesTheFileWithoutCredentials() throws Exception {
		byte[] png = TestFiles.png(12, 12);
		store.put("org/shared", new ByteArrayInputStream(png), 1024 * 1024, "image/png");

		URI url = store.presignedUrl("org/shared", Duration.ofMinutes(5), "image/png", "photo.png").orElseThrow();
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(png);
		assertThat(url.getQuery()).contains("X-Amz-Signature", "X-Amz-Expires=300");
		URI tampered = URI.create(url.toString().replace("org/shared", "org/other"));
		assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(tampered).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
	}

	private static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[64 * 1024];
		for (int n; (n = in.read(buffer)) > 0;) {
			digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
