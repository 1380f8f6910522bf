package com.growthhub.forms.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.growthhub.forms.internal.LiveForm;
import com.growthhub.forms.internal.LiveForms;
import com.growthhub.platform.web.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for {@code /f/{formId}/…}: a request from another site is allowed only from a domain the published form lists
 * ({@code settings.allowedDomains}, host with an optional port), and answered 403 problem+json otherwise, also a plain
 * HTML form posted from an unlisted site. Pages of this server need no listing. Preflights are answered here.
 */
class PublicFormCors extends OncePerRequestFilter {

	private static final Pattern FORM_PATH = Pattern.compile("^/f/([0-9a-fA-F-]{36})(/.*)?$");

	private final LiveForms live;

	PublicFormCors(LiveForms live) {
		this.live = live;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader("Origin");
		Matcher path = FORM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (origin == null || !path.matches() || sameOrigin(request, origin)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<LiveForm> form = live.find(UUID.fromString(path.group(1)));
		if (form.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!allowed(form.get().definition().settings().allowedDomains(), origin)) {
			response.setStatus(403);
			Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "Origin not allowed",
					"This form does not accept submissions from " + origin + ": add its domain to the form's allowed domains."));
			return;
		}
		response.setHeader("Access-Control-Allow-Origin", origin);
		response.addHeader("Vary", "Origin");
		if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
			response.setHeader("Access-Control-Allow-Methods", "GET, POST");
			response.setHeader("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key");
			response.setHeader("Access-Control-Max-Age", "600");
			response.setStatus(204);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean allowed(List<String> domains, String origin) {
		String host = hostAndPort(origin);
		return host != null && domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).anyMatch(host::equals);
	}

	private static boolean sameOrigin(HttpServletRequest request, String origin) {
		String host = hostAndPort(origin);
		String own = request.getServerName() + (request.getServerPort() == 80 || request.getServerPort() == 443 ? ""
				: ":" + request.getServerPort());
		return own.equalsIgnoreCase(host == null ? "" : host) || request.getServerName().equalsIgnoreCase(host == null ? "" : host);
	}

	/** {@code example.com} or {@code example.com:8080} from an origin; the default ports are left out. */
	static @Nullable String hostAndPort(String origin) {
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getHost() == null) {
				return null;
			}
			boolean defaultPort = uri.getPort() == -1 || uri.getPort() == 80 && "http".equals(uri.getScheme())
					|| uri.getPort() == 443 && "https".equals(uri.getScheme());
			return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static void checkLength(HttpServletRequest request, long max) {
		if (request.getContentLengthLong() > max) {
			throw tooLarge(max);
		}
	}

	static ErrorResponseException tooLarge(long max) {
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, Problems.of(HttpStatus.CONTENT_TOO_LARGE,
				"Submission too large", "A submission may be at most " + max / 1024 + " KB."), null);
	}
}
