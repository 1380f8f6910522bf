package com.growthhub.journeys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.Role;
import com.growthhub.journeys.internal.JourneyTemplates;

class JourneyTemplateFormTests {

	@Test
	void ordersRowsByTheirNumberDropsBlankAndRemovedOnes() {
		TemplateForm.Steps steps = TemplateForm.typed("T", List.of("2", "1", "3", "4"),
				List.of("Second", "First", "Removed", ""), List.of("3", "0", "1", "0"),
				List.of("member", "owner", "admin", "member"), List.of(2)).steps();
		assertThat(steps.steps()).containsExactly(new JourneyTemplates.Step("First", 0, Role.OWNER),
				new JourneyTemplates.Step("Second", 3, Role.MEMBER));
		assertThat(steps.inputOf("steps[1].dueOffsetDays")).as("step 1 came from the first row").isEqualTo("offset[0]");
		assertThat(steps.inputOf("name")).isEqualTo("name");
	}

	@Test
	void keepsTheShownOrderForEqualNumbersAndDefaultsBlankFields() {
		List<JourneyTemplates.Step> steps = TemplateForm.typed("T", List.of("1", "1"), List.of("A", "B"),
				Arrays.asList("", null), List.of("", "manager"), null).steps().steps();
		assertThat(steps).extracting(JourneyTemplates.Step::title).containsExactly("A", "B");
		assertThat(steps.get(0).assigneeRole()).isEqualTo(Role.MEMBER);
		assertThat(steps.get(0).dueOffsetDays()).isZero();
	}

	@Test
	void badNumbersAndRolesAreNamedByTheirInput() {
		TemplateForm.Steps steps = TemplateForm.typed("T", List.of("1", "x"), List.of("A", "B"), List.of("1", "soon"),
				List.of("boss", "member"), null).steps();
		assertThat(steps.errors()).containsOnlyKeys("role[0]", "position[1]", "offset[1]");
		assertThat(steps.steps()).isEmpty();
	}
}
