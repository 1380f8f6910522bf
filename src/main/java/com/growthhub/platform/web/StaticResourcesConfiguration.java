package com.growthhub.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own prefixes only, instead of Spring Boot's default {@code /**} (turned off with
 * {@code spring.web.resources.add-mappings=false}). With webjars-locator-lite the resource chain is on, so every
 * Thymeleaf link passes through the {@code ResourceUrlProvider}: under {@code /**} each {@code @{/contacts/…}} was
 * looked up as a classpath file, and misses are not cached — milliseconds per link on a board or hub of hundreds of
 * rows. Now only links under these prefixes are resolved.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	static final String[] FOLDERS = { "css", "js", "img" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}
}
