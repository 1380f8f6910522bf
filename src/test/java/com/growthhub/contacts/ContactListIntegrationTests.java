package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The contact list through the API: how many contacts a list has, and every sort order in both directions, page
 * after page, with blank values after the others either way.
 */
class ContactListIntegrationTests extends IdentityTestSupport {

	private static final List<String> TYPES = List.of("target", "contact", "plug", "lead", "client");

	private String owner;
	private String token;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("list");
		registerVerified(owner);
		token = accessToken(owner);
		accounts().requireOnly(token, "firstName");
	}

	@Test
	void countsTheListAndEachFilterOfIt() {
		String vip = api().post("/api/v1/tags", Map.of("name", "VIP"), token).text("id");
		create(Map.of("firstName", "Lea", "type", "lead", "status", "hot_lead", "tags", List.of(vip)));
		create(Map.of("firstName", "Leo", "type", "lead"));
		create(Map.of("firstName", "Cal", "type", "client"));
		create(Map.of("firstName", "Tia", "type", "target", "email", "tia@example.org"));
		String gone = create(Map.of("firstName", "Gone")).text("id");
		api().exchange("DELETE", "/api/v1/contacts/" + gone, null, token, Map.of());

		assertTotal("", 4);
		assertTotal("type=lead", 2);
		assertTotal("type=lead&status=hot_lead", 1);
		assertTotal("tag=" + vip, 1);
		assertTotal("q=tia", 1);
		assertTotal("q=zzzzqqq", 0);
		assertTotal("deleted=true", 1);
		JsonNode first = api().get("/api/v1/contacts?limit=3", token).body();
		JsonNode second = api().get("/api/v1/contacts?limit=3&cursor=" + first.path("nextCursor").asString(), token).body();
		assertThat(second.path("items").size()).isEqualTo(1);
		assertThat(second.has("total")).as("later pages leave the total to the first").isFalse();
	}

	@Test
	void aLargeListCountsExactlyWhereCountsAreKeptAndSaysMoreThanElsewhere() {
		OrganizationId organization = organizationOf(owner);
		transactions.run(organization, new Actor.Job("test"), () -> jdbc.sql("""
				insert into contacts (id, organization_id, first_name, email, source)
				select gen_random_uuid(), ?, 'Many', 'many' || g || '@many.example', 'CSV' from generate_series(1, 5003) g
				""").param(organization.value()).update());

		assertTotal("", 5003);
		assertTotal("type=contact", 5003);
		JsonNode searched = api().get("/api/v1/contacts?q=many", token).body();
		assertThat(searched.path("total").asInt()).isEqualTo(5000);
		assertThat(searched.path("totalExact").asBoolean()).isFalse();
		JsonNode filtered = api().get("/api/v1/contacts?source=csv", token).body();
		assertThat(filtered.path("total").asInt()).isEqualTo(5000);
		assertThat(filtered.path("totalExact").asBoolean()).isFalse();
	}

	@Test
	void pagesThroughEverySortOrderInBothDirections() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String zola = create(Map.of("firstName", "Émile", "lastName", "Zola", "email", "zola@b.example", "company", "Acme",
				"type", "lead")).text("id");
		create(Map.of("firstName", "adam", "lastName", "Smith", "email", "adam@a.example", "type", "contact"));
		String bea = create(Map.of("firstName", "Bea", "lastName", "Jones", "company", "zeta", "type", "target")).text("id");
		create(Map.of("firstName", "Dan", "lastName", "Brown", "email", "dan@c.example", "company", "Beta", "type", "client"));
		String cy = create(Map.of("firstName", "Cy", "lastName", "Young", "type", "lead")).text("id");
		create(Map.of("firstName", "Fay", "email", "fay@d.example", "company", "Ábaco", "type", "contact"));
		create(Map.of("firstName", "Gil", "lastName", "Ames", "type", "target"));
		interaction(zola, "meeting", now.minus(1, ChronoUnit.DAYS));
		interaction(bea, "call", now.minus(3, ChronoUnit.DAYS));
		interaction(cy, "call", now.minus(2, ChronoUnit.DAYS));
		interaction(cy, "meeting", now.minus(5, ChronoUnit.DAYS));

		Map<String, Function<JsonNode, Comparable<?>>> keys = new HashMap<>();
		keys.put("name", c -> fold(c.path("firstName").asString() + " " + c.path("lastName").asString("")));
		keys.put("email", c -> text(c, "email"));
		keys.put("company", c -> text(c, "company") == null ? null : fold(text(c, "company")));
		keys.put("type", c -> TYPES.indexOf(c.path("type").asString()));
		keys.put("score", c -> c.path("leadScore").asInt());
		keys.put("lastInteraction", c -> text(c, "lastInteractionAt") == null ? null : Instant.parse(text(c, "lastInteractionAt")));
		keys.put("created", c -> Instant.parse(c.path("createdAt").asString()));
		keys.put("updated", c -> Instant.parse(c.path("updatedAt").asString()));
		Map<String, Boolean> descendingFirst = Map.of("name", false, "email", false, "company", false, "type", false,
				"score", true, "lastInteraction", true, "created", true, "updated", true);

		for (var key : keys.entrySet()) {
			for (String direction : List.of("", ",asc", ",desc")) {
				String sort = key.getKey() + direction;
				boolean descending = direction.isEmpty() ? descendingFirst.get(key.getKey()) : direction.equals(",desc");
				List<JsonNode> whole = new ArrayList<>();
				api().get("/api/v1/contacts?limit=200&sort=" + sort, token).body().path("items").forEach(whole::add);
				assertThat(whole).as(sort).hasSize(7);
				assertSorted(sort, whole, key.getValue(), descending);
				assertThat(ids(pages(sort, 2))).as(sort + " page by page").isEqualTo(ids(whole));
				assertThat(ids(pages(sort, 3))).as(sort + " three at a time").isEqualTo(ids(whole));
			}
		}
		assertThat(names(pages("name", 2))).as("accents and case aside")
			.containsExactly("adam Smith", "Bea Jones", "Cy Young", "Dan Brown", "Émile Zola", "Fay", "Gil Ames");
		assertThat(names(pages("company", 2)).subList(0, 4)).containsExactly("Fay", "Émile Zola", "Dan Brown", "Bea Jones");
		assertThat(names(pages("email,desc", 2)).subList(4, 7)).as("blanks last")
			.containsExactlyInAnyOrder("Bea Jones", "Cy Young", "Gil Ames");
		assertThat(api().get("/api/v1/contacts?sort=name,sideways", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/contacts?sort=shoeSize", token).body().path("errors").toString()).contains("sort");
	}

	private void assertSorted(String sort, List<JsonNode> contacts, Function<JsonNode, Comparable<?>> key, boolean descending) {
		for (int i = 1; i < contacts.size(); i++) {
			@SuppressWarnings("unchecked")
			Comparable<Object> before = (Comparable<Object>) key.apply(contacts.get(i - 1));
			Object after = key.apply(contacts.get(i));
			if (before == null) {
				assertThat(after).as(sort + ": blanks come last, at " + i).isNull();
			}
			else if (after != null) {
				int comparison = before.compareTo(after);
				assertThat(descending ? comparison >= 0 : comparison <= 0).as(sort + ": " + before + " then " + after).isTrue();
			}
		}
	}

	private List<JsonNode> pages(String sort, int size) {
		List<JsonNode> all = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = api().get("/api/v1/contacts?limit=" + size + "&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor),
					token).body();
			page.path("items").forEach(all::add);
			cursor = page.has("nextCursor") ? page.path("nextCursor").asString() : null;
		}
		while (cursor != null && all.size() < 20);
		return all;
	}

	private void assertTotal(String filter, int total) {
		JsonNode page = api().get("/api/v1/contacts?limit=2&" + filter, token).body();
		assertThat(page.path("total").asInt()).as(filter).isEqualTo(total);
		assertThat(page.path("totalExact").asBoolean()).as(filter).isTrue();
	}

	private ApiClient.Response create(Map<String, Object> fields) {
		ApiClient.Response created = api().post("/api/v1/contacts", fields, token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created;
	}

	private void interaction(String id, String type, Instant at) {
		assertThat(api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", type, "occurredAt", at.toString()), token)
			.status()).isEqualTo(201);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

	private static String text(JsonNode contact, String field) {
		return contact.has(field) && !contact.path(field).isNull() ? contact.path(field).asString() : null;
	}

	private static List<String> ids(List<JsonNode> contacts) {
		return contacts.stream().map(c -> c.path("id").asString()).toList();
	}

	private static List<String> names(List<JsonNode> contacts) {
		return contacts.stream()
			.map(c -> (c.path("firstName").asString() + " " + c.path("lastName").asString("")).strip())
			.toList();
	}

	private OrganizationId organizationOf(String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select m.organization_id from users u join memberships m on m.user_id = u.id where u.email = ?
				""").param(email).query((rs, n) -> OrganizationId.of(rs.getObject(1, UUID.class))).single());
	}
}
