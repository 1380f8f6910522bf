package com.growthhub.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/** The local mailbox exists only for this machine, and only while no mail server is configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalMailboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TenantTransactions transactions;

	@Test
	void showsTheNewestCodesToThisMachine() {
		String to = "mailbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		UUID user = UUID.randomUUID();
		transactions.run(TenantScope.user(user, null), () -> outbox.enqueue(new EmailRequest(null, user, to,
				"sign-in-code", "Your GrowthHub sign-in code", Map.of("firstName", "Ada", "code", "135790"), "135790")));

		ResponseEntity<String> page = get("/mailbox?to=" + to, Map.of());

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("135790").contains("only reachable from this machine");
	}

	@Test
	void isNotThereForForwardedRequests() {
		assertThat(get("/mailbox", Map.of("X-Forwarded-For", "203.0.113.7")).getStatusCode().value()).isEqualTo(404);
		assertThat(get("/mailbox", Map.of("Forwarded", "for=203.0.113.7")).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void isNotThereForAnotherMachine() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		mvc.perform(MockMvcRequestBuilders.get("/mailbox").with(request -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})).andExpect(status().isNotFound());
		mvc.perform(MockMvcRequestBuilders.get("/mailbox").with(request -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		})).andExpect(status().isOk());
	}

	private ResponseEntity<String> get(String path, Map<String, String> headers) {
		return RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
			.baseUrl("http://127.0.0.1:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build()
			.get()
			.uri(path)
			.headers(h -> headers.forEach(h::add))
			.retrieve()
			.toEntity(String.class);
	}
}
