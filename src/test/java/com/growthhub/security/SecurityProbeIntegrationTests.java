package com.growthhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * What probing the running app found, kept as tests: every request here is one an attacker or a broken client sent,
 * and each asserts the answer a well-behaved server gives (a 4xx problem, a revoked credential, a refused host).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityProbeIntegrationTests extends IdentityTestSupport {

	String email;
	String access;

	@BeforeAll
	void account() {
		email = uniqueEmail("probe");
		registerVerified(email);
		access = accessToken(email);
	}

	private String apiToken(String accessToken) {
		ApiClient.Response created = api().post("/api/v1/api-tokens", Map.of("name", "probe"), accessToken);
		assertThat(created.status()).isEqualTo(201);
		return created.text("secret");
	}

	@Test
	void aPasswordChangeRevokesTheApiTokens() {
		String owner = uniqueEmail("token-change");
		registerVerified(owner);
		String session = accessToken(owner);
		String token = apiToken(session);
		assertThat(api().get("/api/v1/me", token).status()).isEqualTo(200);

		ApiClient.Response changed = api().post("/api/v1/auth/change-password",
				Map.of("currentPassword", PASSWORD, "newPassword", "a brand new passphrase 2026"), session);
		assertThat(changed.status()).isEqualTo(200);

		assertThat(api().get("/api/v1/me", token).status()).as("the API token after the change").isEqualTo(401);
	}

	@Test
	void aPasswordResetRevokesTheApiTokens() {
		String owner = uniqueEmail("token-reset");
		registerVerified(owner);
		String token = apiToken(accessToken(owner));
		api().post("/api/v1/auth/forgot-password", Map.of("email", owner), null);
		String link = mailbox().latestLink(owner, "password-reset");
		String resetToken = link.substring(link.indexOf("token=") + 6);

		assertThat(api().post("/api/v1/auth/reset-password",
				Map.of("token", resetToken, "newPassword", "a brand new passphrase 2026"), null).status()).isEqualTo(200);

		assertThat(api().get("/api/v1/me", token).status()).as("the API token after the reset").isEqualTo(401);
	}

	@Test
	void signingOutWithAnApiTokenRevokesIt() {
		String token = apiToken(access);
		assertThat(api().post("/api/v1/auth/logout", null, token).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/me", token).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/me", access).status()).as("the session that made it").isEqualTo(200);
	}

	@Test
	void wrongCurrentPasswordsAreThrottled() {
		String owner = uniqueEmail("current-password");
		registerVerified(owner);
		String session = accessToken(owner);
		int status = 0;
		for (int i = 0; i < 30 && status != 429; i++) {
			status = api().post("/api/v1/auth/change-password",
					Map.of("currentPassword", "wrong guess " + i, "newPassword", "a brand new passphrase 2026"), session)
				.status();
		}
		assertThat(status).isEqualTo(429);
		assertThat(api().exchange("DELETE", "/api/v1/me/totp", Map.of("currentPassword", PASSWORD), session, Map.of())
			.status()).as("the other current-password check shares the count").isEqualTo(429);
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWhileStreaming() throws IOException {
		byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		RawHttp.Answer answer = RawHttp.send(port, """
				POST /api/v1/auth/login HTTP/1.1\r
				Host: localhost\r
				Content-Type: application/json\r
				Transfer-Encoding: chunked""", out -> {
			RawHttp.write(out, "a\r\n{\"email\":\"\r\n".getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < 64; i++) { // 4 MB, four times the limit
				RawHttp.write(out, chunk);
			}
			RawHttp.write(out, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		});
		assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(413);
		assertThat(answer.isProblem()).isTrue();
	}

	@Test
	void undecodableQueryParametersAreBadRequests() throws IOException {
		RawHttp.Answer answer = RawHttp.send(port, "GET /api/v1/contacts?q=%FF HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + access, new byte[0]);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
	}

	@Test
	void nulBytesAndUndecodableTextInPageParametersAreBadRequests() throws IOException {
		RawHttp.Answer nul = RawHttp.send(port, "GET /sign-in?email=ada%00lovelace HTTP/1.1\r\nHost: localhost", new byte[0]);
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.body()).contains("NUL");
		String form = "email=ada%FF&password=x";
		RawHttp.Answer undecodable = RawHttp.send(port, "POST /sign-in HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length(),
				form.getBytes(StandardCharsets.US_ASCII));
		assertThat(undecodable.status()).isEqualTo(400);
	}

	@Test
	void aLoneSurrogateInAPasswordIsABadRequestNamingTheField() {
		ApiClient.Response answer = api().post("/api/v1/auth/login",
				"{\"email\": \"" + email + "\", \"password\": \"abc\\ud800def\"}", null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().toString()).contains("password");
	}

	@Test
	void aNulByteInAJsonStringIsABadRequestNamingTheField() {
		ApiClient.Response answer = api().post("/api/v1/contacts",
				"{\"firstName\": \"Ada\\u0000\", \"lastName\": \"Lovelace\"}", access);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().toString()).contains("firstName");
	}

	@Test
	void anExpiryBeyondTheCalendarIsABadRequest() {
		ApiClient.Response answer = api().post("/api/v1/api-tokens",
				"{\"name\": \"far\", \"expiresAt\": \"+999999999-12-31T23:59:59Z\"}", access);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().toString()).contains("expiresAt");
	}

	@Test
	void aMistypedCursorIsABadRequest() {
		ApiClient.Response answer = api().get("/api/v1/contacts?cursor=not-a-cursor", access);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().toString()).contains("cursor");
	}

	@Test
	void aTruncatedMultipartBodyIsABadRequest() throws IOException {
		String body = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nemail\r\nada@example.com\r\n";
		RawHttp.Answer answer = RawHttp.send(port, "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + access + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
				+ "Content-Length: " + body.length(), body.getBytes(StandardCharsets.US_ASCII));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
	}

	@Test
	void aCsvHeaderOfTwentyThousandColumnsIsABadRequest() throws IOException {
		StringBuilder header = new StringBuilder("email");
		for (int i = 0; i < 20_000; i++) {
			header.append(",c").append(i);
		}
		String body = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wide.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + header + "\r\nada@example.com\r\n--b0undary--\r\n";
		RawHttp.Answer answer = RawHttp.send(port, "POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + access + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n"
				+ "Content-Length: " + body.length(), body.getBytes(StandardCharsets.US_ASCII));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.body()).contains("columns");
	}

	@Test
	void tomcatsOwnBadRequestsAreProblems() throws IOException {
		RawHttp.Answer answer = RawHttp.send(port, "GET /api/v1/contacts?q=a|b{} HTTP/1.1\r\nHost: localhost",
				new byte[0]);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).as(answer.head()).isTrue();
	}

	@Test
	void metricsWithoutATokenAnswerOnlyThisMachineByItsOwnName() throws IOException {
		assertThat(RawHttp.send(port, "GET /actuator/prometheus HTTP/1.1\r\nHost: 127.0.0.1:" + port, new byte[0])
			.status()).isEqualTo(200);
		assertThat(RawHttp.send(port, "GET /actuator/prometheus HTTP/1.1\r\nHost: rebind.attacker.example", new byte[0])
			.status()).isEqualTo(404);
	}

	@Test
	void theLocalMailboxAnswersOnlyLoopbackHostNames() throws IOException {
		assertThat(RawHttp.send(port, "GET /mailbox HTTP/1.1\r\nHost: localhost:" + port, new byte[0]).status())
			.isEqualTo(200);
		assertThat(RawHttp.send(port, "GET /mailbox HTTP/1.1\r\nHost: rebind.attacker.example:" + port, new byte[0])
			.status()).as("a rebound DNS name").isEqualTo(404);
	}

	@Test
	void registeringAnAddressThatHasAnAccountAnswersLikeANewOneAndTellsTheOwner() {
		Map<String, String> form = Map.of("email", email, "password", "another passphrase 2026", "firstName", "Eve",
				"lastName", "Probe", "organizationName", "Probe Inc");
		ApiClient.Response again = api().post("/api/v1/auth/register", form, null);
		String fresh = uniqueEmail("fresh");
		ApiClient.Response first = api().post("/api/v1/auth/register",
				Map.of("email", fresh, "password", "another passphrase 2026", "firstName", "Eve", "lastName", "Probe",
						"organizationName", "Probe Inc"), null);
		assertThat(again.status()).isEqualTo(first.status()).isEqualTo(201);
		assertThat(fieldNames(again)).isEqualTo(fieldNames(first));
		assertThat(again.text("userId")).isNotBlank();
		assertThat(mailbox().latestLink(email, "account-exists")).endsWith("/login");
	}

	@Test
	void aRefreshIntoAnOrganizationOfSomeoneElseIsForbiddenAndLeavesTheTokenValid() {
		String stranger = uniqueEmail("stranger-org");
		registerVerified(stranger);
		String theirOrganization = api().get("/api/v1/me", accessToken(stranger)).body().path("organizationId").asString();
		String owner = uniqueEmail("org-switch");
		registerVerified(owner);
		ApiClient.Response login = signIn(owner);
		String refresh = login.text("refreshToken");

		ApiClient.Response refused = api().post("/api/v1/auth/refresh",
				Map.of("refreshToken", refresh, "organizationId", theirOrganization), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", refresh), null).status())
			.as("the token still works").isEqualTo(200);
	}

	@Test
	void twoRefreshesRacingWithOneTokenBothGetTheSamePairAndTheSessionLives() throws Exception {
		String owner = uniqueEmail("racing-refresh");
		registerVerified(owner);
		String refresh = signIn(owner).text("refreshToken");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> api().post("/api/v1/auth/refresh", Map.of("refreshToken", refresh), null));
			var second = pool.submit(() -> api().post("/api/v1/auth/refresh", Map.of("refreshToken", refresh), null));
			ApiClient.Response a = first.get();
			ApiClient.Response b = second.get();
			assertThat(a.status()).isEqualTo(200);
			assertThat(b.status()).isEqualTo(200);
			assertThat(a.text("refreshToken")).isEqualTo(b.text("refreshToken"));
			assertThat(api().get("/api/v1/me", b.text("accessToken")).status()).isEqualTo(200);
			assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", a.text("refreshToken")), null).status())
				.as("the successor rotates as usual").isEqualTo(200);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void failedSignInsOfKnownAndUnknownAddressesBothTakeTheFloor() {
		for (String address : new String[] { email, uniqueEmail("nobody") }) {
			long started = System.nanoTime();
			ApiClient.Response failed = api().post("/api/v1/auth/login",
					Map.of("email", address, "password", "not the password at all"), null);
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(failed.status()).isEqualTo(401);
			assertThat(millis).as(address).isGreaterThanOrEqualTo(400);
		}
	}

	private static java.util.Set<String> fieldNames(ApiClient.Response response) {
		java.util.Set<String> names = new java.util.TreeSet<>();
		response.body().propertyNames().forEach(names::add);
		return names;
	}
}
