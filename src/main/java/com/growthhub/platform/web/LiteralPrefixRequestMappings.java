package com.growthhub.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler without evaluating every mapping. For a path with variables (most API and page routes)
 * Spring MVC tests each of the application's several hundred mappings in turn — HTTP method, headers, media types,
 * then the path pattern — which was a fifth of the CPU time of a small API request. A mapping whose patterns all start
 * with literal text the path does not start with cannot match, so it is skipped before any condition is evaluated;
 * everything else (best match, 405/415 answers, CORS) is Spring's own.
 */
class LiteralPrefixRequestMappings extends RequestMappingHandlerMapping {

	/** The path being looked up on this thread; absent when it is percent-encoded (patterns match decoded text). */
	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		LOOKUP_PATH.set(lookupPath.indexOf('%') < 0 ? lookupPath : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		if (path != null && !startsWithAny(path, prefixes.computeIfAbsent(info, LiteralPrefixRequestMappings::literalPrefixes))) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean startsWithAny(String path, String[] prefixes) {
		for (String prefix : prefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Each pattern's text up to its first variable or wildcard; {@code ""} (anything) when there are no patterns. */
	static String[] literalPrefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return new String[] { "" };
		}
		return condition.getPatterns().stream().map(PathPattern::getPatternString)
			.map(LiteralPrefixRequestMappings::literalPrefix).toArray(String[]::new);
	}

	static String literalPrefix(String pattern) {
		int end = pattern.length();
		for (char special : new char[] { '{', '*', '?' }) {
			int at = pattern.indexOf(special);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return pattern.substring(0, end);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations literalPrefixRequestMappings() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new LiteralPrefixRequestMappings();
				}
			};
		}
	}
}
