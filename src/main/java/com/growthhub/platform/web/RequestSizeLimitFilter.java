package com.growthhub.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over 1 MB with 413 before anything parses them: at once when {@code Content-Length} says
 * so, and while reading for a chunked body, which announces no length (without this a 120 MB chunked login was
 * parsed whole). Uploads (multipart) have their own, larger limits in {@code spring.servlet.multipart.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	private static final String TOO_LARGE = "The request body is larger than 1 MB.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
		if (multipart) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", TOO_LARGE));
			return;
		}
		chain.doFilter(new LimitedBodyRequest(request), response);
	}

	/** Thrown from a read past the limit; controller advice answers it as the 413 problem it carries. */
	static final class BodyTooLargeException extends ErrorResponseException {

		BodyTooLargeException() {
			super(HttpStatus.CONTENT_TOO_LARGE,
					Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", TOO_LARGE), null);
		}
	}

	private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private @Nullable ServletInputStream limited;

		LimitedBodyRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				limited = new LimitedInputStream(super.getInputStream());
			}
			return limited;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = StandardCharsets.UTF_8;
			try {
				charset = encoding == null ? charset : Charset.forName(encoding);
			}
			catch (IllegalArgumentException unknown) {
				// An unknown charset name in Content-Type: read as UTF-8, as the JSON readers do.
			}
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream body;
		private long read;

		LimitedInputStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			read += n;
			if (read > MAX_BYTES) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
