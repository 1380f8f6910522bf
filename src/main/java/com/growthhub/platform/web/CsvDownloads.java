package com.growthhub.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A URL ending in {@code .csv} answers CSV whatever the Accept header says (a browser link, a program
 * sending {@code Accept: application/json} by habit), and problem+json when it fails. The file name in the
 * URL is the client's choice of format, so the header is not consulted for it; every other URL negotiates
 * on Accept as usual.
 */
@Configuration(proxyBeanMethods = false)
class CsvDownloads implements WebMvcConfigurer {

	static final List<MediaType> CSV_OR_PROBLEM = List.of(MediaType.parseMediaType("text/csv"),
			MediaType.APPLICATION_PROBLEM_JSON);

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new CsvPath(), new HeaderContentNegotiationStrategy()));
	}

	static final class CsvPath implements ContentNegotiationStrategy {

		@Override
		public List<MediaType> resolveMediaTypes(NativeWebRequest webRequest) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			return request != null && request.getRequestURI().endsWith(".csv") ? CSV_OR_PROBLEM
					: MEDIA_TYPE_ALL_LIST;
		}
	}
}
