package com.growthhub.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;

/** The write rules shared by create, update and import, without a database. */
class ContactEditorTests {

	private final ContactEditor editor = new ContactEditor(new PhoneNumbers(), new CustomFields(null, null));

	private final List<CustomFieldDefinition> fields = List.of(
			new CustomFieldDefinition(java.util.UUID.randomUUID(), "budget", "Budget", FieldType.NUMBER, List.of(), false, 0, Instant.now()),
			new CustomFieldDefinition(java.util.UUID.randomUUID(), "story", "Story", FieldType.STRING, List.of(), false, 1, Instant.now()),
			new CustomFieldDefinition(java.util.UUID.randomUUID(), "tier", "Tier", FieldType.SELECT, List.of("gold"), true, 2, Instant.now()));

	private ContactEditor.Context context(boolean privacy, boolean creating) {
		return context(privacy, creating, ContactSettings.DEFAULT_REQUIRED);
	}

	private ContactEditor.Context context(boolean privacy, boolean creating, List<String> required) {
		ContactSettings settings = new ContactSettings(privacy, false, "GB", ContactSettings.DEFAULT_SCORING, 30, required);
		return new ContactEditor.Context(settings, fields, creating);
	}

	private static List<String> errorFields(Throwable ex) {
		return ((InvalidContactException) ex).errors().stream().map(error -> error.get("field")).toList();
	}

	@Test
	void normalizesEmailAndPhoneWithTheOrganizationsRegion() {
		ContactDraft draft = new ContactDraft();
		editor.apply(draft, Map.of("firstName", " Ada ", "lastName", "Lovelace", "email", "ADA@Example.COM", "phone",
				"020 7946 0958", "customFields", Map.of("tier", "gold")), context(false, true));
		assertThat(draft.firstName).isEqualTo("Ada");
		assertThat(draft.email).isEqualTo("ada@example.com");
		assertThat(draft.phone).isEqualTo("+442079460958");
		assertThat(draft.status).isEqualTo("new");
	}

	@Test
	void checksCustomFieldsByTypeAndRequiresRequiredOnes() {
		Map<String, Object> person = Map.of("firstName", "A", "lastName", "B", "email", "a@example.com", "phone",
				"020 7946 0958");
		assertThatThrownBy(() -> editor.apply(new ContactDraft(), person, context(false, true)))
			.isInstanceOf(InvalidContactException.class)
			.satisfies(ex -> assertThat(errorFields(ex)).containsExactly("customFields.tier"));
		Map<String, Object> badBudget = new HashMap<>(person);
		badBudget.put("customFields", Map.of("tier", "gold", "budget", "lots"));
		assertThatThrownBy(() -> editor.apply(new ContactDraft(), badBudget, context(false, true)))
			.isInstanceOf(InvalidContactException.class);
	}

	@Test
	void privacyModeRefusesLastNamesNotesAndFreeTextFields() {
		Map<String, Object> fields = new HashMap<>(Map.of("firstName", "Pat", "lastName", "Doe", "notes", "x",
				"customFields", Map.of("story", "long text", "tier", "gold")));
		assertThatThrownBy(() -> editor.apply(new ContactDraft(), fields, context(true, true)))
			.isInstanceOf(PolicyRefusedException.class)
			.satisfies(ex -> assertThat(((PolicyRefusedException) ex).getBody().getProperties().get("fields"))
				.isEqualTo(List.of("lastName", "notes", "customFields.story")));
		ContactDraft allowed = new ContactDraft();
		editor.apply(allowed, Map.of("firstName", "Pat", "email", "pat@example.com", "phone", "020 7946 0958",
				"customFields", Map.of("budget", 10, "tier", "gold")), context(true, true));
		assertThat(allowed.customFields).as("privacy mode asks for no last name").containsEntry("budget", 10);
	}

	@Test
	void aNewContactNeedsEveryRequiredFieldAndOneAnswerNamesThemAll() {
		assertThatThrownBy(() -> editor.apply(new ContactDraft(), Map.of("customFields", Map.of("tier", "gold")),
				context(false, true)))
			.isInstanceOf(InvalidContactException.class)
			.satisfies(ex -> assertThat(errorFields(ex)).containsExactly("firstName", "lastName", "email", "phone"));
		assertThatThrownBy(() -> editor.apply(new ContactDraft(), Map.of("firstName", "Ada", "email", "ada@example.com",
				"customFields", Map.of("tier", "gold")), context(false, true, List.of("firstName", "company", "jobTitle"))))
			.satisfies(ex -> assertThat(errorFields(ex)).containsExactly("company", "jobTitle"));
		ContactDraft few = new ContactDraft();
		editor.apply(few, Map.of("firstName", "Ada", "customFields", Map.of("tier", "gold")),
				context(false, true, List.of("firstName")));
		assertThat(few.firstName).isEqualTo("Ada");
	}

	@Test
	void anEditMayNotEmptyARequiredFieldButMayLeaveOneThatWasAlwaysEmpty() {
		ContactDraft older = new ContactDraft();
		older.firstName = "Ada";
		older.email = "ada@example.com";
		older.customFields = new HashMap<>(Map.of("tier", "gold"));
		Map<String, Object> clearEmail = new HashMap<>();
		clearEmail.put("email", " ");
		clearEmail.put("phone", null);
		assertThatThrownBy(() -> editor.apply(older, clearEmail, context(false, false)))
			.satisfies(ex -> assertThat(errorFields(ex)).containsExactly("email"));
		editor.apply(older, Map.of("company", "Engines"), context(false, false));
		assertThat(older.company).isEqualTo("Engines");
	}

	@Test
	void typeChangesOnlyThroughConversionAndStatusMustFitTheType() {
		ContactDraft draft = new ContactDraft();
		draft.type = ContactType.LEAD;
		draft.firstName = "A";
		draft.customFields = new HashMap<>(Map.of("tier", "gold"));
		assertThatThrownBy(() -> editor.apply(draft, Map.of("type", "client"), context(false, false)))
			.isInstanceOf(InvalidContactException.class);
		assertThatThrownBy(() -> editor.apply(draft, Map.of("status", "accepted"), context(false, false)))
			.isInstanceOf(InvalidContactException.class);
	}

	@Test
	void scoringUsesTheDocumentedDefaultTable() {
		ContactSettings defaults = ContactSettings.defaults();
		assertThat(defaults.pointsFor("meeting")).isEqualTo(20);
		assertThat(defaults.pointsFor("call")).isEqualTo(10);
		assertThat(defaults.pointsFor("unknown_type")).isZero();
	}
}
