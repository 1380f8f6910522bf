package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** The seller's logo: managers upload it, every invoice PDF (and receipt) embeds it, and it can be taken off again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingLogoIntegrationTests extends IdentityTestSupport {

	String owner;
	String member;
	String stranger;
	String contact;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("logo-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("logo-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		contact = BillingFixtures.contact(api(), owner, "Lou", uniqueEmail("lou"));
	}

	@Test
	void anUploadedLogoIsEmbeddedInTheInvoicePdfUntilItIsRemoved() throws Exception {
		String invoice = issued();
		assertThat(images(pdf(invoice))).as("no logo yet").isZero();
		assertThat(api().get("/api/v1/billing/logo", owner).status()).isEqualTo(404);

		assertThat(upload(png(), "logo.png", member).status()).as("members do not change billing").isEqualTo(403);
		assertThat(upload("not an image".getBytes(), "logo.png", owner).status()).isEqualTo(415);
		ApiClient.Response uploaded = upload(png(), "logo.png", owner);
		assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(200);
		assertThat(uploaded.text("contentType")).isEqualTo("image/png");

		assertThat(images(pdf(invoice))).as("the logo on the invoice").isEqualTo(1);
		assertThat(BillingFixtures.download(port, "/api/v1/billing/logo", member).statusCode()).isEqualTo(200);
		assertThat(BillingFixtures.download(port, "/api/v1/billing/logo", stranger).statusCode())
			.as("another organization's logo is not there for them").isEqualTo(404);

		assertThat(api().exchange("DELETE", "/api/v1/billing/logo", null, member, java.util.Map.of()).status())
			.isEqualTo(403);
		assertThat(api().exchange("DELETE", "/api/v1/billing/logo", null, owner, java.util.Map.of()).status())
			.isEqualTo(204);
		assertThat(images(pdf(invoice))).isZero();
	}

	private String issued() {
		ApiClient.Response created = api().post("/api/v1/invoices", BillingFixtures.invoice(contact, "EUR",
				List.of(BillingFixtures.line("Logo design", "1", 50_000, "0"))), owner);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		assertThat(api().post("/api/v1/invoices/" + id + "/issue", null, owner).status()).isEqualTo(200);
		return id;
	}

	private byte[] pdf(String invoice) throws Exception {
		HttpResponse<byte[]> pdf = BillingFixtures.download(port, "/api/v1/invoices/" + invoice + "/pdf", owner);
		assertThat(pdf.statusCode()).isEqualTo(200);
		return pdf.body();
	}

	private static int images(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			int images = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			return images;
		}
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(20, 90, 200));
		graphics.fillRect(0, 0, 120, 40);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private ApiClient.Response upload(byte[] bytes, String name, String token) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return RestClient.builder().baseUrl("http://localhost:" + port).build().put().uri("/api/v1/billing/logo").header("Authorization", "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((request, response) -> {
				byte[] body = response.getBody().readAllBytes();
				tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
				return new ApiClient.Response(response.getStatusCode().value(), response.getHeaders(),
						body.length == 0 ? json.createObjectNode() : json.readTree(body));
			});
	}
}
