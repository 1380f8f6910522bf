package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/** Test data and raw downloads for the billing tests. */
final class BillingFixtures {

	private BillingFixtures() {
	}

	static String contact(ApiClient api, String token, String firstName, @Nullable String email) {
		Map<String, Object> fields = new HashMap<>(Map.of("firstName", firstName, "lastName", "Tester"));
		if (email != null) {
			fields.put("email", email);
		}
		ApiClient.Response created = api.post("/api/v1/contacts", ContactMother.complete(fields), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	static Map<String, Object> line(String description, String quantity, long unitPriceCents, String taxRate) {
		return Map.of("description", description, "quantity", quantity, "unitPriceCents", unitPriceCents, "taxRate", taxRate);
	}

	static Map<String, Object> invoice(String contactId, String currency, List<Map<String, Object>> lines) {
		return Map.of("contactId", contactId, "currency", currency, "lines", lines);
	}

	/** A GET whose answer is bytes, not JSON (PDF downloads). */
	static HttpResponse<byte[]> download(int port, String path, @Nullable String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
