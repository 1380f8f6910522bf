package com.growthhub.contacts.internal.sync;

import static com.growthhub.contacts.ContactType.CLIENT;
import static com.growthhub.contacts.ContactType.CONTACT;
import static com.growthhub.contacts.ContactType.LEAD;
import static com.growthhub.contacts.ContactType.PLUG;
import static com.growthhub.contacts.ContactType.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LifecycleStepsTests {

	@Test
	void walksForwardOneConversionAtATime() {
		assertThat(LifecycleSteps.path(TARGET, CLIENT)).containsExactly(CONTACT, LEAD, CLIENT);
		assertThat(LifecycleSteps.path(PLUG, CLIENT)).containsExactly(LEAD, CLIENT);
		assertThat(LifecycleSteps.path(CONTACT, PLUG)).containsExactly(PLUG);
	}

	@Test
	void neverWalksBackOrSideways() {
		assertThat(LifecycleSteps.path(CLIENT, LEAD)).isEmpty();
		assertThat(LifecycleSteps.path(PLUG, CONTACT)).isEmpty();
		assertThat(LifecycleSteps.path(LEAD, PLUG)).isEmpty();
		assertThat(LifecycleSteps.path(LEAD, LEAD)).isEmpty();
	}

	@Test
	void saysWhyALifecycleCannotApply() {
		assertThat(LifecycleSteps.problem(null, "client")).as("a new contact takes any lifecycle").isNull();
		assertThat(LifecycleSteps.problem(LEAD, "lead")).isNull();
		assertThat(LifecycleSteps.problem(TARGET, "client")).isNull();
		assertThat(LifecycleSteps.problem(CLIENT, "lead")).contains("a client does not move back to lead");
		assertThat(LifecycleSteps.problem(null, "evangelist")).contains("\"evangelist\" is not a lifecycle here");
	}
}
