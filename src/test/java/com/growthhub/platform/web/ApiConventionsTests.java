package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** Enums are lower-case snake_case keys in JSON and parameters, read in any case; error fields are JSON names. */
class ApiConventionsTests {

	enum Status {
		PENDING, IN_PROGRESS
	}

	record Body(Status status, List<Status> history) {
	}

	private final JsonMapper json = mapper();

	private static JsonMapper mapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new ApiConventionsConfiguration().enumKeysInJson().customize(builder);
		return builder.build();
	}

	@Test
	void writesEnumsAsLowerCaseSnakeCaseKeys() {
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		counts.put(Status.IN_PROGRESS, 2);
		assertThat(json.writeValueAsString(new Body(Status.IN_PROGRESS, List.of(Status.PENDING))))
			.isEqualTo("{\"status\":\"in_progress\",\"history\":[\"pending\"]}");
		assertThat(json.writeValueAsString(counts)).isEqualTo("{\"in_progress\":2}");
	}

	@Test
	void readsEnumKeysInAnyCaseAndWithHyphens() {
		for (String key : List.of("in_progress", "IN_PROGRESS", "In_Progress", "in-progress")) {
			assertThat(json.readValue("{\"status\":\"" + key + "\",\"history\":[]}", Body.class).status())
				.isEqualTo(Status.IN_PROGRESS);
		}
		Map<Status, Integer> counts = json.readValue("{\"In-Progress\":1}", new TypeReference<Map<Status, Integer>>() {
		});
		assertThat(counts).containsEntry(Status.IN_PROGRESS, 1);
	}

	@Test
	void anUnknownKeyFailsWithTheFieldAndTheAllowedKeys() {
		assertThatThrownBy(() -> json.readValue("{\"status\":\"done\"}", Body.class))
			.isInstanceOfSatisfying(InvalidFormatException.class, ex -> {
				assertThat(JsonFieldNames.of(ex)).isEqualTo("status");
				assertThat(EnumKeys.mustBeOneOf(ex.getTargetType())).isEqualTo("must be one of [pending, in_progress]");
			});
		assertThatThrownBy(() -> json.readValue("{\"history\":[\"pending\",\"done\"]}", Body.class))
			.isInstanceOfSatisfying(InvalidFormatException.class,
					ex -> assertThat(JsonFieldNames.of(ex)).isEqualTo("history[1]"));
	}

	@Test
	void requestParametersTakeEnumKeysInAnyCase() {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new ApiConventionsConfiguration().addFormatters(conversions);
		assertThat(conversions.convert("in-progress", Status.class)).isEqualTo(Status.IN_PROGRESS);
		assertThat(conversions.convert("PENDING", Status.class)).isEqualTo(Status.PENDING);
		assertThatThrownBy(() -> conversions.convert("done", Status.class))
			.hasRootCauseMessage("must be one of [pending, in_progress]");
	}

	record Nested(@JsonProperty("display_name") String displayName, Map<String, Object> customFields,
			List<Step> steps) {
	}

	record Step(@JsonProperty("due_in_days") int dueOffsetDays) {
	}

	@Test
	void validationPathsBecomeJsonPaths() {
		assertThat(JsonFieldNames.of(Nested.class, "displayName")).isEqualTo("display_name");
		assertThat(JsonFieldNames.of(Nested.class, "customFields[birthday]")).isEqualTo("customFields.birthday");
		assertThat(JsonFieldNames.of(Nested.class, "steps[2].dueOffsetDays")).isEqualTo("steps[2].due_in_days");
	}
}
