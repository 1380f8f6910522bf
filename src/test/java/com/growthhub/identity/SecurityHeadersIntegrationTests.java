package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.growthhub.BrowserSession;

/** Every page and API answer carries the security headers; unknown URLs answer the product's 404. */
class SecurityHeadersIntegrationTests extends IdentityTestSupport {

	@Autowired
	WebApplicationContext context;

	@Test
	void pagesRunOnlyScriptsServedFromHereAndAreNeverFramed() {
		HttpHeaders headers = api().get("/login", null).headers();
		String policy = headers.getFirst("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
		assertThat(directive(policy, "script-src")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertCommonHeaders(headers);
		assertCommonHeaders(api().get("/css/app.css", null).headers());
	}

	@Test
	void apiAnswersCarryTheHeadersToo() {
		String email = uniqueEmail("headers");
		registerVerified(email);
		ApiClient.Response me = api().get("/api/v1/me", accessToken(email));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.headers().getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
		assertCommonHeaders(me.headers());
		assertCommonHeaders(api().get("/api/v1/me", null).headers());
	}

	@Test
	void strictTransportSecurityOnSecureRequestsOnly() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=31536000")));
		mvc.perform(get("/api/v1/auth/refresh").secure(true))
			.andExpect(header().exists("Strict-Transport-Security"));
		mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void unknownPagesShowTheProduct404() throws Exception {
		String email = uniqueEmail("lost");
		registerVerified(email);
		BrowserSession browser = signedIn(email);
		for (String path : new String[] { "/no-such-page", "/css/no-such.css"}) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("error-page").contains("There is nothing here")
				.doesNotContain("No static resource");
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
	}

	@Test
	void unknownApiUrlsAnswer404ProblemJson() {
		String email = uniqueEmail("lostapi");
		registerVerified(email);
		ApiClient.Response answer = api().exchange("GET", "/api/v1/no-such-thing", null, accessToken(email),
				Map.of("Accept", "application/json"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
		assertThat(answer.text("detail")).doesNotContain("static resource");
	}

	private static void assertCommonHeaders(HttpHeaders headers) {
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	private static String directive(String policy, String name) {
		for (String part : policy.split(";")) {
			if (part.strip().startsWith(name + " ")) {
				return part.strip();
			}
		}
		throw new AssertionError("No " + name + " in " + policy);
	}
}
