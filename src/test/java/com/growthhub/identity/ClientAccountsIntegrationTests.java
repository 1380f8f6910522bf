package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

@RecordApplicationEvents
class ClientAccountsIntegrationTests extends IdentityTestSupport {

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ApplicationEvents events;

	private OrganizationId agency;
	private Actor owner;

	@BeforeEach
	void anAgencyOwner() {
		ApiClient.Response registered = register(uniqueEmail("agency"));
		agency = OrganizationId.of(UUID.fromString(registered.text("organizationId")));
		owner = new Actor.User(UUID.fromString(registered.text("userId")));
	}

	@Test
	void createsTheClientsOrganizationAndItsFirstUserUnverifiedWithoutPassword() {
		String email = uniqueEmail("Dr.Smile");
		ClientAccount created = clientAccounts.create(agency,
				new NewClientAccount(" Smile Dental ", "Medical", List.of("seo", " ", "ads", "seo"), "Dana  Smile", email),
				owner);

		assertThat(created.agencyId()).isEqualTo(agency);
		assertThat(created.name()).isEqualTo("Smile Dental");
		assertThat(created.clientType()).isEqualTo("medical");
		assertThat(created.services()).containsExactly("seo", "ads");
		assertThat(created.contactEmail()).isEqualTo(email.toLowerCase());
		assertThat(clientAccounts.find(agency, created.id())).contains(created);
		assertThat(clientAccounts.ofClient(created.id())).contains(created);
		assertThat(clientAccounts.ofClient(agency)).isEmpty();

		var user = system(() -> jdbc.sql("""
				select u.first_name, u.last_name, u.password_hash is null as no_password,
				       u.email_verified_at is null as unverified, m.role
				from users u join memberships m on m.user_id = u.id where u.id = ? and m.organization_id = ?
				""").params(created.firstUserId(), created.id().value()).query().singleRow());
		assertThat(user).containsEntry("first_name", "Dana").containsEntry("last_name", "Smile")
			.containsEntry("no_password", true).containsEntry("unverified", true).containsEntry("role", "CLIENT");
		assertThat(system(() -> jdbc.sql("select agency from organizations where id = ?").param(agency.value())
			.query(Boolean.class).single())).isTrue();

		assertThat(events.stream(ClientAccountCreated.class)).singleElement().satisfies(event -> {
			assertThat(event.organizationId()).isEqualTo(agency);
			assertThat(event.clientAccountId()).isEqualTo(created.id());
			assertThat(event.firstUserId()).isEqualTo(created.firstUserId());
			assertThat(event.createdBy()).isEqualTo(owner.userId());
		});
		assertThat(events.stream(OrganizationCreated.class).map(OrganizationCreated::organizationId))
			.contains(created.id());
	}

	@Test
	void anotherAgencyFindsNothing() {
		ClientAccount created = clientAccounts.create(agency, client(uniqueEmail("c")), owner);
		ApiClient.Response other = register(uniqueEmail("other-agency"));
		OrganizationId otherAgency = OrganizationId.of(UUID.fromString(other.text("organizationId")));

		assertThat(clientAccounts.find(otherAgency, created.id())).isEmpty();
		assertThatThrownBy(() -> clientAccounts.create(agency, client(uniqueEmail("x")),
				new Actor.User(UUID.fromString(other.text("userId")))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesBadFieldsATakenEmailAndClientsOfClients() {
		assertThatThrownBy(() -> clientAccounts.create(agency,
				new NewClientAccount("Acme", "no spaces please", List.of(), "Ann", uniqueEmail("a")), owner))
			.isInstanceOfSatisfying(ProblemException.class, e -> {
				assertThat(e.getStatusCode().value()).isEqualTo(400);
				assertThat(e.getMessage()).contains("clientType");
			});
		assertThatThrownBy(() -> clientAccounts.create(agency,
				new NewClientAccount("Acme", "dental", List.of(), "Ann", "not-an-email"), owner))
			.hasMessageContaining("contactEmail");

		String email = uniqueEmail("taken");
		ClientAccount first = clientAccounts.create(agency, client(email), owner);
		assertThatThrownBy(() -> clientAccounts.create(agency, client(email), owner))
			.isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> clientAccounts.create(first.id(), client(uniqueEmail("nested")), new Actor.Job("test")))
			.isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
	}

	static NewClientAccount client(String email) {
		return new NewClientAccount("Client " + email, "home_services", List.of("seo"), "Carl Client", email);
	}

	private <T> T system(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), work);
	}
}
