package com.growthhub.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.media.internal.SnapExpiry;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Collections in an order, the kinds and what each needs, "where used" and deleting a used item only when forced, a
 * contact's profile picture, the dashboard's media figures, and a snap that expires and takes its own items' files.
 */
class MediaCollectionsIntegrationTests extends IdentityTestSupport {

	@Autowired
	SnapExpiry snaps;

	@Autowired
	StoredFiles files;

	private String token;
	private MediaApi media;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("collections");
		registerVerified(owner);
		token = accessToken(owner);
		media = new MediaApi(port);
	}

	@Test
	void keepsItemsInTheOrderTheyArePut() {
		String collection = create(Map.of("name", "Summer", "kind", "general")).text("id");
		String a = media.uploaded(token, "a.jpg", TestImages.jpeg(10, 10));
		String b = media.uploaded(token, "b.jpg", TestImages.jpeg(10, 10));
		String c = media.uploaded(token, "c.jpg", TestImages.jpeg(10, 10));
		put(collection, a, null);
		put(collection, b, null);
		assertThat(order(put(collection, c, 0))).containsExactly(c, a, b);
		assertThat(order(put(collection, c, 99))).as("past the end is last").containsExactly(a, b, c);
		assertThat(order(put(collection, b, 0))).containsExactly(b, a, c);
		assertThat(api().exchange("DELETE", "/api/v1/media/collections/" + collection + "/items/" + a, null, token, Map.of())
			.status()).isEqualTo(204);
		assertThat(order(api().get("/api/v1/media/collections/" + collection + "/items", token))).containsExactly(b, c);
		assertThat(StreamSupport.stream(api().get("/api/v1/media?collectionId=" + collection, token).body().path("items")
			.spliterator(), false).map(item -> item.path("id").asString()).toList()).containsExactly(b, c);
		assertThat(api().get("/api/v1/media/collections/" + collection, token).body().path("itemCount").asInt()).isEqualTo(2);

		assertThat(put(collection, UUID.randomUUID().toString(), 0).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/media/collections/" + collection + "/items", Map.of("mediaId", a, "position", -1), token)
			.status()).isEqualTo(400);
		assertThat(api().exchange("PATCH", "/api/v1/media/collections/" + collection, Map.of("name", "Winter"), token, Map.of())
			.text("name")).isEqualTo("Winter");
		assertThat(api().exchange("PATCH", "/api/v1/media/collections/" + collection, Map.of("name", " "), token, Map.of())
			.status()).isEqualTo(400);
		assertThat(api().exchange("PATCH", "/api/v1/media/collections/" + collection, Map.of("expiresInHours", 5), token,
				Map.of()).status()).as("only a snap expires").isEqualTo(400);
		assertThat(api().exchange("DELETE", "/api/v1/media/collections/" + collection, null, token, Map.of()).status())
			.isEqualTo(204);
		assertThat(api().get("/api/v1/media/" + b, token).status()).as("items stay in the library").isEqualTo(200);
	}

	@Test
	void eachKindTakesWhatItNeeds() {
		String contact = api().post("/api/v1/contacts", ContactMother.person("Grace"), token).text("id");
		assertThat(create(Map.of("name", "Gala", "kind", "event_photos")).status()).isEqualTo(400);
		assertThat(create(Map.of("name", "Gala", "kind", "general", "eventId", UUID.randomUUID().toString())).status())
			.isEqualTo(400);
		assertThat(create(Map.of("name", "Mine", "kind", "contact_profile", "contactId", UUID.randomUUID().toString())).status())
			.isEqualTo(404);
		assertThat(create(Map.of("name", "Flash", "kind", "snap")).status()).isEqualTo(400);
		assertThat(create(Map.of("name", "Flash", "kind", "snap", "expiresInHours", 0)).status()).isEqualTo(400);
		assertThat(create(Map.of("name", "", "kind", "general")).status()).isEqualTo(400);
		assertThat(create(Map.of("name", "X", "kind", "album")).status()).isEqualTo(400);

		assertThat(create(Map.of("name", "Gala", "kind", "event_photos", "eventId", UUID.randomUUID().toString())).status())
			.as("an event that is not the organization's").isEqualTo(404);
		String event = api().post("/api/v1/events", Map.of("title", "Gala", "type", "dinner", "venue", "Hall",
				"startsAt", "2027-05-01T18:00:00Z", "endsAt", "2027-05-01T23:00:00Z"), token).text("id");
		ApiClient.Response gallery = create(Map.of("name", "Gala", "kind", "event_photos", "eventId", event));
		assertThat(gallery.status()).isEqualTo(201);
		assertThat(gallery.text("kind")).isEqualTo("event_photos");
		String photo = media.uploaded(token, "gala.jpg", TestImages.jpeg(30, 20));
		put(gallery.text("id"), photo, null);
		assertThat(api().get("/api/v1/media/" + photo, token).body().path("eventIds").get(0).asString())
			.as("in an event's photos, linked to the event").isEqualTo(event);

		ApiClient.Response profile = create(Map.of("name", "Grace", "kind", "contact_profile", "contactId", contact));
		assertThat(profile.status()).isEqualTo(201);
		assertThat(create(Map.of("name", "Again", "kind", "contact_profile", "contactId", contact)).status()).isEqualTo(409);
		media.processed(token, photo);
		put(profile.text("id"), photo, 0);
		JsonNode related = api().get("/api/v1/contacts/" + contact + "/related", token).body().path("media");
		assertThat(related.path("profilePicture").path("id").asString()).isEqualTo(photo);
		assertThat(api().get("/api/v1/media/collections?kind=event_photos&eventId=" + event, token).body().path("items"))
			.hasSize(1);
	}

	@Test
	void aUsedItemIsDeletedOnlyWhenForcedAndItsFilesGo() {
		String collection = create(Map.of("name", "Keep", "kind", "general")).text("id");
		String used = media.uploaded(token, "used.jpg", TestImages.jpeg(30, 20));
		String loose = media.uploaded(token, "loose.jpg", TestImages.jpeg(30, 20));
		put(collection, used, null);
		media.processed(token, used);

		ApiClient.Response refused = api().exchange("DELETE", "/api/v1/media/" + used, null, token, Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().path("usage").path("collections").get(0).path("name").asString()).isEqualTo("Keep");
		assertThat(api().get("/api/v1/media/" + used, token).body().path("usage").path("collections")).hasSize(1);

		List<UUID> fileIds = fileIds(used);
		assertThat(fileIds).hasSize(3);
		OrganizationId organization = organizationOf(used);
		assertThat(api().exchange("DELETE", "/api/v1/media/" + used + "?force=true", null, token, Map.of()).status())
			.isEqualTo(204);
		assertThat(api().get("/api/v1/media/" + used, token).status()).isEqualTo(404);
		assertThat(fileIds).allMatch(file -> files.find(organization, FileId.of(file)).isEmpty());
		assertThat(api().exchange("DELETE", "/api/v1/media/" + loose, null, token, Map.of()).status()).isEqualTo(204);
		List<String> trail = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select action from audit_events where entity_type = 'media_item' and entity_id = ?::uuid order by occurred_at, id")
			.param(used).query(String.class).list());
		assertThat(trail).as("audited").startsWith("CREATED").endsWith("DELETED");
	}

	@Test
	void aSnapExpiresWithTheItemsOnlyItHeldAndTheirFiles() {
		String snap = create(Map.of("name", "Tonight", "kind", "snap", "expiresInHours", 1)).text("id");
		String kept = create(Map.of("name", "Best of", "kind", "general")).text("id");
		String fleeting = uploadInto(snap, "fleeting.jpg");
		String keeper = uploadInto(snap, "keeper.jpg");
		put(kept, keeper, null);
		media.processed(token, fleeting);
		List<UUID> fleetingFiles = fileIds(fleeting);
		OrganizationId organization = organizationOf(fleeting);

		assertThat(snaps.expireDue()).as("not yet").isZero();
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("update media_collections set expires_at = now() - interval '1 second' where id = ?::uuid").param(snap).update());
		assertThat(snaps.expireDue()).isEqualTo(1);

		assertThat(api().get("/api/v1/media/collections/" + snap, token).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/media/" + fleeting, token).status()).isEqualTo(404);
		assertThat(fleetingFiles).isNotEmpty().allMatch(file -> files.find(organization, FileId.of(file)).isEmpty());
		assertThat(api().get("/api/v1/media/" + keeper, token).status()).as("also in another collection").isEqualTo(200);
		assertThat(snaps.expireDue()).as("once").isZero();
	}

	@Test
	void theDashboardCountsDropsAndShowsTheLatest() {
		long before = drops();
		String id = media.uploaded(token, "drop.jpg", TestImages.jpeg(30, 20));
		assertThat(drops()).isEqualTo(before + 1);
		JsonNode latest = api().get("/api/v1/dashboard", token).body();
		assertThat(latest.toString()).contains(id);
		api().exchange("DELETE", "/api/v1/media/" + id + "?force=true", null, token, Map.of());
		assertThat(drops()).isEqualTo(before);
		assertThat(api().get("/api/v1/search?q=drop", token).body().toString()).doesNotContain(id);
		String found = media.uploaded(token, "findme-poster.png", TestImages.jpeg(10, 10));
		assertThat(api().get("/api/v1/search?q=findme", token).body().toString()).contains("/media/" + found);
	}

	private long drops() {
		JsonNode dashboard = api().get("/api/v1/dashboard", token).body();
		return dashboard.findValue("mediaDrops").path("total").asLong();
	}

	private String uploadInto(String collection, String name) {
		ApiClient.Response created = media.upload(token, Map.of("collectionId", collection),
				new MediaApi.Part(name, TestImages.jpeg(30, 20)));
		assertThat(created.status()).isEqualTo(201);
		return created.body().path("items").get(0).path("id").asString();
	}

	private List<UUID> fileIds(String media) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select unnest(array[original_file_id, web_file_id, thumb_file_id]) from media_items where id = ?::uuid
				""").param(media).query(UUID.class).list().stream().filter(java.util.Objects::nonNull).toList());
	}

	private OrganizationId organizationOf(String media) {
		return OrganizationId.of(transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("select organization_id from media_items where id = ?::uuid").param(media).query(UUID.class)
					.single()));
	}

	private ApiClient.Response create(Map<String, Object> body) {
		return api().post("/api/v1/media/collections", body, token);
	}

	private ApiClient.Response put(String collection, String mediaId, Integer position) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("mediaId", mediaId));
		if (position != null) {
			body.put("position", position);
		}
		return api().post("/api/v1/media/collections/" + collection + "/items", body, token);
	}

	private static List<String> order(ApiClient.Response items) {
		assertThat(items.status()).as(items.body().toString()).isEqualTo(200);
		return StreamSupport.stream(items.body().path("items").spliterator(), false).map(i -> i.path("id").asString()).toList();
	}
}
