package com.growthhub.platform.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The API's OpenAPI description: every endpoint takes a bearer access token or API token unless it
 * says otherwise. The conventions of docs/api.md are added here for every operation; Spectral checks
 * the result against .spectral.yaml in OpenApiLintTests.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "GrowthHub API", version = "v1",
		description = "The JSON API of GrowthHub, a multi-tenant CRM. Conventions (docs/api.md): enum values are "
				+ "lower-case snake_case and accepted in any case; money is an integer ...Cents with an ISO 4217 "
				+ "currency; times are ISO-8601 with an offset; lists answer {items, nextCursor} and take a limit; "
				+ "errors are RFC 9457 application/problem+json with errors[{field, message}]. Pick an "
				+ "organization with X-Organization-Id.",
		contact = @Contact(name = "GrowthHub maintainers")),
		servers = @Server(url = "/", description = "This GrowthHub installation"),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An access token from POST /api/v1/auth/login, or a personal API token (ghp_…)")
class OpenApiConfiguration {

	// The same split as identity's API security chain: /api/v1/auth/** is open except these two, and providers'
	// signed webhook deliveries.
	private static final List<String> PUBLIC = List.of("/api/v1/auth/**", "/api/v1/integrations/*/webhook",
			"/api/v1/public/onboarding/**", "/api/v1/public/booking/**", "/api/v1/public/appointments/**",
			"/api/v1/public/masterclasses/**", "/api/v1/public/live/**");

	private static final List<String> SIGNED_IN_UNDER_PUBLIC = List.of("/api/v1/auth/change-password",
			"/api/v1/auth/logout");

	static {
		// Who acts for whom comes from authentication (see ActingArguments), never from the request's parameters.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(OrganizationId.class, Actor.class);
	}

	@Bean
	OperationCustomizer apiOperationNames() {
		return new ApiOperationNames();
	}

	@Bean
	OpenApiCustomizer apiDocumentConventions() {
		return new ApiDocumentConventions(PUBLIC, SIGNED_IN_UNDER_PUBLIC);
	}
}
