package com.growthhub.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The media endpoints with good and bad input: uploads refused for being empty, of another type or too large (and
 * then nothing of the request kept), edits, filters and paging, the CSV inventory, private items, and another
 * organization's ids answering 404 like missing ones.
 */
class MediaApiIntegrationTests extends IdentityTestSupport {

	/** A PDF's first bytes: a document whatever the file is called. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private String token;
	private MediaApi media;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("media");
		registerVerified(owner);
		token = accessToken(owner);
		media = new MediaApi(port);
	}

	@Test
	void refusesEmptyUnsupportedAndOversizeUploadsAndKeepsNothingOfThem() {
		ApiClient.Response empty = media.upload(token, Map.of(), new MediaApi.Part("empty.jpg", new byte[0]));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.headers().getContentType().toString()).contains("problem+json");

		byte[] program = new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };
		assertThat(media.upload(token, Map.of(), new MediaApi.Part("photo.jpg", program)).status()).isEqualTo(415);
		byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(media.upload(token, Map.of(), new MediaApi.Part("page.png", page)).status()).isEqualTo(415);

		// Test runs keep 3 MB as the most a file may have (growthhub.media.max-file-size).
		byte[] large = new byte[3 * 1024 * 1024 + 1];
		System.arraycopy(TestImages.jpeg(10, 10), 0, large, 0, 100);
		ApiClient.Response tooLarge = media.upload(token, Map.of(), new MediaApi.Part("large.jpg", large));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.headers().getContentType().toString()).contains("problem+json");

		ApiClient.Response mixed = media.upload(token, Map.of(), new MediaApi.Part("fine.jpg", TestImages.jpeg(40, 30)),
				new MediaApi.Part("bad.jpg", program));
		assertThat(mixed.status()).isEqualTo(415);
		assertThat(api().get("/api/v1/media", token).body().path("items")).as("nothing of a refused request is kept").isEmpty();

		assertThat(media.upload(token, Map.of("accessLevel", "everyone"), new MediaApi.Part("a.jpg", TestImages.jpeg(4, 4)))
			.status()).isEqualTo(400);
		assertThat(media.upload(token, Map.of("collectionId", UUID.randomUUID().toString()),
				new MediaApi.Part("a.jpg", TestImages.jpeg(4, 4))).status()).isEqualTo(404);
		assertThat(media.upload(token, Map.of()).status()).as("no file at all").isEqualTo(400);
	}

	@Test
	void aPdfCalledJpgIsADocumentAndSeveralFilesUploadAtOnce() {
		ApiClient.Response created = media.upload(token, Map.of(), new MediaApi.Part("holiday.jpg", PDF),
				new MediaApi.Part("team.png", TestImages.jpeg(60, 40)));
		assertThat(created.status()).isEqualTo(201);
		JsonNode items = created.body().path("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).path("type").asString()).isEqualTo("document");
		assertThat(items.get(0).path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(items.get(0).path("status").asString()).isEqualTo("processing");
		assertThat(items.get(1).path("type").asString()).as("the bytes decide, not the name").isEqualTo("image");
		assertThat(items.get(1).path("contentType").asString()).isEqualTo("image/jpeg");

		JsonNode document = media.processed(token, items.get(0).path("id").asString());
		assertThat(document.path("status").asString()).isEqualTo("ready");
		assertThat(document.path("content").has("thumb")).as("a document has no thumbnail").isFalse();
		assertThat(media.download("/api/v1/media/" + document.path("id").asString() + "/content?size=thumb", token, Map.of())
			.status()).isEqualTo(404);
		MediaApi.Download original = media.download(document.path("content").path("original").asString(), token, Map.of());
		assertThat(original.status()).isEqualTo(200);
		assertThat(original.body()).isEqualTo(PDF);
		assertThat(media.download("/api/v1/media/" + document.path("id").asString() + "/content?size=huge", token, Map.of())
			.status()).isEqualTo(400);
	}

	@Test
	void editsFiltersPagesAndExportsTheLibrary() {
		String contact = api().post("/api/v1/contacts", ContactMother.person("Jane"), token).text("id");
		String first = media.uploaded(token, "Team dinner.jpg", TestImages.jpeg(30, 20));
		String second = media.uploaded(token, "Keynote.pdf", PDF);
		String event = api().post("/api/v1/events", Map.of("title", "Team dinner", "type", "dinner", "venue", "Hall",
				"startsAt", "2027-05-01T18:00:00Z", "endsAt", "2027-05-01T23:00:00Z"), token).text("id");
		assertThat(patch(first, Map.of("eventIds", List.of(UUID.randomUUID().toString()))).status())
			.as("an event that is not the organization's").isEqualTo(404);

		ApiClient.Response changed = patch(first, Map.of("name", "Team dinner 2026", "tags", List.of(" Dinner", "team ", "dinner"),
				"eventIds", List.of(event), "contactIds", List.of(contact)));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("name")).isEqualTo("Team dinner 2026");
		assertThat(changed.body().path("tags").toString()).isEqualTo("[\"dinner\",\"team\"]");
		assertThat(changed.body().path("eventIds").get(0).asString()).isEqualTo(event);
		assertThat(changed.body().path("usage").path("contacts").get(0).path("name").asString()).isEqualTo("Jane Tester");

		assertThat(ids("?type=image")).containsExactly(first);
		assertThat(ids("?type=document")).containsExactly(second);
		assertThat(ids("?q=DINNER")).containsExactly(first);
		assertThat(ids("?q=50%25")).isEmpty();
		assertThat(ids("?tag=Team")).containsExactly(first);
		assertThat(ids("?eventId=" + event)).containsExactly(first);
		assertThat(ids("?contactId=" + contact)).containsExactly(first);
		assertThat(ids("?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z")).isEmpty();
		assertThat(ids("")).containsExactly(second, first);

		ApiClient.Response page = api().get("/api/v1/media?limit=1", token);
		assertThat(page.body().path("items")).hasSize(1);
		String next = page.text("nextCursor");
		assertThat(api().get("/api/v1/media?limit=1&cursor=" + next, token).body().path("items").get(0).path("id").asString())
			.isEqualTo(first);
		assertThat(api().get("/api/v1/media?cursor=nonsense", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/media?type=spreadsheet", token).status()).isEqualTo(400);

		assertThat(patch(first, Map.of("name", "  ")).status()).isEqualTo(400);
		assertThat(patch(first, Map.of("accessLevel", "secret")).status()).isEqualTo(400);
		assertThat(patch(first, Map.of("tags", java.util.Collections.nCopies(21, "x"))).status()).isEqualTo(400);
		assertThat(patch(first, Map.of("contactIds", List.of(UUID.randomUUID().toString()))).status()).isEqualTo(404);
		assertThat(patch(first, "{\"name\": ").status()).isEqualTo(400);
		assertThat(patch(first, Map.of("eventIds", List.of())).body().path("eventIds")).isEmpty();

		MediaApi.Download csv = media.download("/api/v1/media.csv?type=image", token, Map.of());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("id,name,type", "Team dinner 2026", "dinner; team").doesNotContain("Keynote");
		assertThat(media.download("/api/v1/media.csv?type=spreadsheet", token, Map.of()).status()).isEqualTo(400);
		assertThat(new String(media.download("/exports/media.csv", null, Map.of()).body(), StandardCharsets.UTF_8))
			.as("the page download needs a session").doesNotContain("Team dinner");
	}

	@Test
	void aPrivateItemExistsOnlyForItsOwner() {
		String member = invitedMember(token, "member");
		String mine = media.uploaded(member, "secret.jpg", TestImages.jpeg(20, 20));
		assertThat(patch(mine, member, Map.of("accessLevel", "private")).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/media/" + mine, token).status()).isEqualTo(404);
		assertThat(ids("")).doesNotContain(mine);
		assertThat(api().get("/api/v1/media/" + mine, member).text("accessLevel")).isEqualTo("private");
		assertThat(media.download("/api/v1/media/" + mine + "/content", token, Map.of()).status()).isEqualTo(404);
	}

	@Test
	void anotherOrganizationsIdsAnswer404() {
		String item = media.uploaded(token, "ours.jpg", TestImages.jpeg(20, 20));
		String collection = api().post("/api/v1/media/collections", Map.of("name", "Ours", "kind", "general"), token).text("id");
		String other = uniqueEmail("other");
		registerVerified(other);
		String stranger = accessToken(other);
		String theirs = api().post("/api/v1/media/collections", Map.of("name", "Theirs", "kind", "general"), stranger)
			.text("id");

		assertThat(api().get("/api/v1/media/" + item, stranger).status()).isEqualTo(404);
		assertThat(patch(item, stranger, Map.of("name", "Mine now")).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/media/" + item, null, stranger, Map.of()).status()).isEqualTo(404);
		assertThat(media.download("/api/v1/media/" + item + "/content?size=original", stranger, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/media/" + item + "/share", Map.of("expiresInHours", 1), stranger).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/media/collections/" + collection, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/media/collections/" + collection + "/items", stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/media/collections/" + theirs + "/items", Map.of("mediaId", item), stranger).status())
			.as("our item into their collection").isEqualTo(404);
		assertThat(api().get("/api/v1/media?collectionId=" + collection, stranger).body().path("items")).isEmpty();
		assertThat(api().post("/api/v1/media/" + item + "/retry", null, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/media/collections/" + collection, Map.of("name", "Taken"), stranger,
				Map.of()).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/media/collections/" + collection + "/items/" + item, null, stranger,
				Map.of()).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/media/collections/" + collection, null, stranger, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/media/collections", stranger).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/media/" + item, token).text("name")).isEqualTo("ours.jpg");
	}

	private List<String> ids(String query) {
		ApiClient.Response list = api().get("/api/v1/media" + query, token);
		assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
		return java.util.stream.StreamSupport.stream(list.body().path("items").spliterator(), false)
			.map(item -> item.path("id").asString()).toList();
	}

	private ApiClient.Response patch(String id, Object body) {
		return patch(id, token, body);
	}

	private ApiClient.Response patch(String id, String access, Object body) {
		return api().exchange("PATCH", "/api/v1/media/" + id, body, access, Map.of());
	}
}
