package com.growthhub.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 400 before any controller when a query or form parameter is not valid UTF-8 (Tomcat would throw from
 * deep inside parameter binding, a 500) or carries a NUL character or half a surrogate pair, which no column can
 * keep. The query string of a multipart request is checked by hand: asking Tomcat for its parameters would parse
 * the upload here, ahead of its own size limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestParameterCheckFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	private static @Nullable String problem(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return queryProblem(request.getQueryString());
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException undecodable) {
			return "A request parameter is not valid UTF-8 text.";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String reason = StorableJsonValues.unstorable(parameter.getKey());
			for (String value : parameter.getValue()) {
				reason = reason != null ? reason : StorableJsonValues.unstorable(value);
			}
			if (reason != null) {
				return "The parameter '" + printable(parameter.getKey()) + "' " + reason + ".";
			}
		}
		return null;
	}

	private static @Nullable String queryProblem(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			String text;
			try {
				text = percentDecoded(pair);
			}
			catch (CharacterCodingException | IllegalArgumentException ex) {
				return "A request parameter is not valid UTF-8 text.";
			}
			String reason = StorableJsonValues.unstorable(text);
			if (reason != null) {
				return "A request parameter " + reason + ".";
			}
		}
		return null;
	}

	private static String percentDecoded(String text) throws CharacterCodingException {
		ByteBuffer bytes = ByteBuffer.allocate(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length()) {
				bytes.put((byte) Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				bytes.put((byte) (c == '+' ? ' ' : c));
			}
		}
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(bytes.flip())
			.toString();
	}

	private static String printable(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}_.\\-\\[\\]]", "?");
	}
}
