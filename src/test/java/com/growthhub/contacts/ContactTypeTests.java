package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class ContactTypeTests {

	@Test
	void conversionsOnlyMoveForwardAlongExplicitEdges() {
		assertThat(ContactType.TARGET.conversions()).containsExactly(ContactType.CONTACT);
		assertThat(ContactType.CONTACT.conversions()).containsExactlyInAnyOrder(ContactType.PLUG, ContactType.LEAD);
		assertThat(ContactType.PLUG.conversions()).containsExactly(ContactType.LEAD);
		assertThat(ContactType.LEAD.conversions()).containsExactly(ContactType.CLIENT);
		assertThat(ContactType.CLIENT.conversions()).isEmpty();
		for (ContactType from : ContactType.values()) {
			for (ContactType to : from.conversions()) {
				assertThat(to.ordinal()).as(from + " → " + to).isGreaterThan(from.ordinal());
			}
			assertThat(from.conversions()).doesNotContain(from);
		}
	}

	@Test
	void everyTypeHasStatusesAndADefault() {
		for (ContactType type : EnumSet.allOf(ContactType.class)) {
			assertThat(type.statuses()).isNotEmpty();
			assertThat(type.allows(type.defaultStatus())).isTrue();
		}
		assertThat(ContactType.LEAD.allows("hot_lead")).isTrue();
		assertThat(ContactType.TARGET.allows("hot_lead")).isFalse();
		assertThat(ContactType.CLIENT.allows("new_client")).isTrue();
	}

	@Test
	void readsLowerCaseKeysAndRefusesOthers() {
		assertThat(ContactType.fromKey(" Lead ")).isEqualTo(ContactType.LEAD);
		assertThat(ContactType.PLUG.key()).isEqualTo("plug");
		assertThatThrownBy(() -> ContactType.fromKey("martian")).isInstanceOf(IllegalArgumentException.class);
	}
}
