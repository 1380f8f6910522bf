package support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The benchmarks' requests to the app: builders for GETs, JSON and form posts (with a bearer token or without), and sending. */
public final class Http {

	private Http() {
	}

	public static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url));
	}

	public static HttpRequest.Builder get(String url, String token) {
		return bearer(get(url), token);
	}

	/** A POST of a JSON body. */
	public static HttpRequest.Builder json(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	public static HttpRequest.Builder json(String url, String body, String token) {
		return bearer(json(url, body), token);
	}

	/** A POST of a form, as a browser sends it; the body is already encoded (see {@link #enc}). */
	public static HttpRequest.Builder form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/** The request with the token as its bearer; as it was without a token (null). */
	public static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

	public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@link #send} for code that cannot throw checked exceptions (client threads, lambdas): a failure is unchecked. */
	public static HttpResponse<String> sendUnchecked(HttpClient http, HttpRequest.Builder request) {
		try {
			return send(http, request);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** URL-encoded, for a form body or a query parameter. */
	public static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
