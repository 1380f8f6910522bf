package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.identity.OrganizationCreated;
import com.growthhub.identity.TestAccounts;
import com.growthhub.messaging.TestMailbox;
import com.growthhub.pipeline.internal.DealDraft;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.PlugSubmissions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The pipeline module with what it depends on, driven through its events: an organization gets its default
 * pipeline, a won deal and a submitted plug reach the right people's notifications.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class PipelineModuleTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantTransactions transactions;

	@Autowired
	Deals deals;

	@Autowired
	PlugSubmissions plugs;

	String ownerToken;
	String managerToken;
	OrganizationId organization;
	UUID owner;

	@BeforeEach
	void organizationWithAManager() {
		ApiClient api = new ApiClient(port);
		TestAccounts accounts = new TestAccounts(api, new TestMailbox(jdbc, transactions));
		String email = IdentityTestSupport.uniqueEmail("module");
		accounts.registerVerified(email, "Olive", "Owner");
		ownerToken = accounts.accessToken(email);
		String manager = IdentityTestSupport.uniqueEmail("manager");
		accounts.invite(ownerToken, manager, "manager");
		managerToken = accounts.accessToken(manager);
		JsonNode me = api.get("/api/v1/me", ownerToken).body();
		organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		owner = UUID.fromString(me.path("id").asString());
	}

	@Test
	void aNewOrganizationGetsTheSalesPipeline(Scenario scenario) {
		OrganizationId fresh = OrganizationId.of(Ids.next());

		scenario.publish(new OrganizationCreated(fresh, "Fresh Co", Ids.next()))
			.andWaitForStateChange(() -> pipelineNames(fresh), names -> !names.isEmpty())
			.andVerify(names -> assertThat(names).isEqualTo("Sales"));
	}

	@Test
	void aWonDealNotifiesItsOwnerAndTheManagers(Scenario scenario) {
		UUID contact = contact("Wanda");
		JsonNode sales = new ApiClient(port).get("/api/v1/pipelines", ownerToken).body().path("items").get(0);
		UUID won = UUID.fromString(sales.path("stages").get(3).path("id").asString());

		scenario.stimulate(() -> deals.create(organization, new Actor.User(owner), new DealDraft(contact, null, won, "Big win", 50_000L,
				"USD", null, null, owner, null)))
			.andWaitForEventOfType(DealWon.class)
			.matching(event -> event.organizationId().equals(organization))
			.toArriveAndVerify(event -> {
				assertThat(event.title()).isEqualTo("Big win");
				assertThat(event.valueCents()).isEqualTo(50_000L);
			});

		org.awaitility.Awaitility.await().until(() -> notifications("deal_won") == 2);
		assertThat(inbox(managerToken)).contains("deal_won", "Big win");
	}

	@Test
	void aSubmittedPlugNotifiesTheManagersButNotTheSubmitter(Scenario scenario) {
		UUID contact = contact("Pat");

		scenario.stimulate(() -> plugs.submit(organization, new Actor.User(owner), contact))
			.andWaitForStateChange(() -> notifications("plug_submitted"), count -> count > 0)
			.andVerify(count -> assertThat(count).isOne());

		assertThat(inbox(managerToken)).contains("plug_submitted", "Olive Owner submitted Pat");
		assertThat(inbox(ownerToken)).doesNotContain("plug_submitted");
	}

	@Test
	void aFailureAfterThePlugIsSubmittedRollsBackTheConversionAndItsEvent() {
		UUID contact = contact("Rolly");
		Actor actor = new Actor.User(owner);

		assertThatThrownBy(() -> transactions.run(organization, actor, () -> {
			plugs.submit(organization, actor, contact);
			throw new IllegalStateException("after the conversion");
		})).hasMessage("after the conversion");

		assertThat(new ApiClient(port).get("/api/v1/contacts/" + contact, ownerToken).text("type")).isEqualTo("contact");
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + contact + "%").query(Long.class).single()).as("no PlugSubmitted stored").isZero();
	}

	private UUID contact(String name) {
		return UUID.fromString(new ApiClient(port).post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", name)), ownerToken).text("id"));
	}

	private String pipelineNames(OrganizationId id) {
		return transactions.call(TenantScope.organization(id, new Actor.Job("test")),
				() -> String.join(",", jdbc.sql("select name from pipelines where organization_id = ? order by name")
					.param(id.value()).query(String.class).list()));
	}

	private long notifications(String type) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> jdbc.sql("select count(*) from notifications where organization_id = ? and type = ?")
					.params(organization.value(), type).query(Long.class).single());
	}

	private String inbox(String token) {
		return new ApiClient(port).get("/api/v1/notifications", token).body().path("items").toString();
	}
}
