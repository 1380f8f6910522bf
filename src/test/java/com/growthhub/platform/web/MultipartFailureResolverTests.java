package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

class MultipartFailureResolverTests {

	private final MultipartFailureResolver resolver = new MultipartFailureResolver(
			new MockEnvironment().withProperty("spring.servlet.multipart.max-file-size", "1GB"));

	@Test
	void anApiUploadOverTheServersLimitIsAProblemNamingTheLimit() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView handled = resolver.resolveException(new MockHttpServletRequest("POST", "/api/v1/expenses"), response,
				null, new MaxUploadSizeExceededException(-1));

		assertThat(handled).isNotNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413", "larger than the 1 GB this server accepts");
	}

	@Test
	void aPageUploadGetsTheErrorPageOrTheHtmxAlert() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ModelAndView page = resolver.resolveException(new MockHttpServletRequest("POST", "/expenses"), response, null,
				new MaxUploadSizeExceededException(-1));
		assertThat(page.getViewName()).isEqualTo("error/error");
		assertThat(response.getStatus()).isEqualTo(413);

		MockHttpServletRequest htmx = new MockHttpServletRequest("POST", "/expenses");
		htmx.addHeader("HX-Request", "true");
		assertThat(resolver.resolveException(htmx, new MockHttpServletResponse(), null,
				new MaxUploadSizeExceededException(-1)).getViewName()).isEqualTo("fragments/error :: alert");
	}

	@Test
	void otherFailuresAreLeftToTheUsualHandlers() {
		assertThat(resolver.resolveException(new MockHttpServletRequest("POST", "/api/v1/x"), new MockHttpServletResponse(),
				null, new IllegalStateException())).isNull();
	}
}
