package com.growthhub.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The commission report's files from the page and from the API: the CSV named for its months either way, the statement
 * PDF shown in the browser from the page and handed over as a file named for its months from the API.
 */
class CommissionDownloadsIntegrationTests extends IdentityTestSupport {

	@Test
	void thePageAndTheApiNameTheirFilesAlike() throws Exception {
		String email = uniqueEmail("commission-downloads");
		registerVerified(email);
		String token = accessToken(email);
		String provider = api().post("/api/v1/providers", Map.of("name", "Dr. Files", "role", "surgeon"), token)
			.text("id");
		String months = "providerId=" + provider + "&from=2026-01&to=2026-02";

		HttpResponse<byte[]> csv = download("/api/v1/commissions.csv?" + months, token);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"commissions-2026-01-2026-02.csv\"");
		HttpResponse<byte[]> pdf = download("/api/v1/commissions/statement.pdf?" + months, token);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"commission-statement-2026-01-2026-02.pdf\"");

		BrowserSession browser = signedIn(email);
		HttpResponse<String> pageCsv = browser.get("/analytics/commissions.csv?" + months);
		assertThat(pageCsv.statusCode()).isEqualTo(200);
		assertThat(pageCsv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"commissions-2026-01-2026-02.csv\"");
		assertThat(pageCsv.body()).isEqualTo(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8));
		HttpResponse<String> pagePdf = browser.get("/analytics/commissions/statement.pdf?" + months);
		assertThat(pagePdf.statusCode()).isEqualTo(200);
		assertThat(pagePdf.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"commission-statement.pdf\"");
	}

	private HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).GET().build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}
}
