package com.growthhub.journeys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.Role;
import com.growthhub.journeys.internal.JourneyInputException;
import com.growthhub.journeys.internal.JourneyTemplates;

class JourneyTemplateFormTests {

	@Test
	void ordersRowsByTheirNumberDropsBlankAndRemovedOnes() {
		List<JourneyTemplates.Step> steps = JourneyTemplateController.steps(List.of("2", "1", "3", "4"),
				List.of("Second", "First", "Removed", ""), List.of("3", "0", "1", "0"),
				List.of("member", "owner", "admin", "member"), List.of(2));
		assertThat(steps).containsExactly(new JourneyTemplates.Step("First", 0, Role.OWNER),
				new JourneyTemplates.Step("Second", 3, Role.MEMBER));
	}

	@Test
	void keepsTheShownOrderForEqualNumbersAndDefaultsBlankFields() {
		List<JourneyTemplates.Step> steps = JourneyTemplateController.steps(List.of("1", "1"), List.of("A", "B"),
				Arrays.asList("", null), List.of("", "manager"), null);
		assertThat(steps).extracting(JourneyTemplates.Step::title).containsExactly("A", "B");
		assertThat(steps.get(0).assigneeRole()).isEqualTo(Role.MEMBER);
		assertThat(steps.get(0).dueOffsetDays()).isZero();
	}

	@Test
	void badNumbersAndRolesAreNamed() {
		assertThatThrownBy(() -> JourneyTemplateController.steps(List.of("x"), List.of("A"), List.of("1"), List.of("member"),
				null)).isInstanceOf(JourneyInputException.class).hasMessageContaining("position");
		assertThatThrownBy(() -> JourneyTemplateController.steps(List.of("1"), List.of("A"), List.of("1"), List.of("boss"),
				null)).isInstanceOf(JourneyInputException.class).hasMessageContaining("role");
	}
}
