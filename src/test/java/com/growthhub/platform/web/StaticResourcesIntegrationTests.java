package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** Static files are served under their prefixes, versioned webjar links still resolve, and page links are not probed. */
class StaticResourcesIntegrationTests extends IdentityTestSupport {

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void onlyTheStaticPrefixesAreResourcePaths() throws Exception {
		assertThat(resourceUrls.getHandlerMap().keySet()).contains("/webjars/**", "/css/**", "/js/**", "/img/**")
			.doesNotContain("/**");
		assertThat(resourceUrls.getForLookupPath("/contacts/0190a4c8-0000-7000-8000-000000000000")).isNull();
		assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/dist/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css");

		BrowserSession anonymous = new BrowserSession(port);
		assertThat(anonymous.get("/css/app.css").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/img/logo.svg").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/js/app.js").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/webjars/bootstrap/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
		String signIn = anonymous.get("/login").body();
		assertThat(signIn).containsPattern("/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min.css");
	}
}
