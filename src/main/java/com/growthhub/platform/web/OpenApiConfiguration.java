package com.growthhub.platform.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The API's OpenAPI description: every endpoint takes a bearer access token or API token unless it says otherwise. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "GrowthHub API", version = "v1",
		description = "Errors are RFC 9457 application/problem+json. Pick an organization with X-Organization-Id."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An access token from POST /api/v1/auth/login, or a personal API token (ghp_…)")
class OpenApiConfiguration {
}
