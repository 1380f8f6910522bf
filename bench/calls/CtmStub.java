package calls;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A CallTrackingMetrics account for the call sync benchmark: {@code GET /api/v1/accounts/7001} answers the account,
 * {@code GET /api/v1/accounts/7001/calls.json?page=…&per_page=…} real-shaped pages of generated calls, each with a
 * transcript (one of a few kinds: bookings, price questions, job seekers, sales pitches, wrong numbers), from 40% as
 * many distinct callers, with {@code next_page} until the last page. {@code GET /stats} answers the requests served.
 * Arguments: port calls.
 */
public class CtmStub {

	static final long ACCOUNT = 7001;
	static final AtomicLong served = new AtomicLong();
	static final Instant FIRST = Instant.parse("2026-10-01T13:00:00Z");
	static final String[] TRANSCRIPTS = {
			"Agent: Acme Plumbing, this is Sam.\\nCaller: Hi, I'd like to book an appointment for an installation this week, can I pay a deposit today?",
			"Agent: Acme Plumbing.\\nCaller: How much would it cost to replace a water heater? I'm getting a few quotes.",
			"Caller: Are you hiring? I'd like to apply for the technician position, I can send my resume.",
			"Caller: Hello, we help businesses like yours rank first on Google, do you have a minute for our SEO offer?",
			"Agent: Acme Plumbing.\\nCaller: Oh sorry, wrong number, I was trying to reach the pizza place.",
			"Agent: Acme Plumbing, how can I help?\\nCaller: My kitchen sink is leaking, can someone come tomorrow?" };

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		int calls = Integer.parseInt(args[1]);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/stats", exchange -> send(exchange, served.get() + ""));
		server.createContext("/api/v1/accounts/" + ACCOUNT, exchange -> {
			served.incrementAndGet();
			String path = exchange.getRequestURI().getPath();
			if (path.endsWith("/calls.json")) {
				send(exchange, page(exchange.getRequestURI().getRawQuery(), calls, port));
			}
			else {
				send(exchange, "{\"id\":" + ACCOUNT + ",\"name\":\"Acme Plumbing (benchmark)\",\"status\":\"active\"}");
			}
		});
		server.start();
		System.out.println("CallTrackingMetrics stub on " + port + " with " + calls + " calls");
	}

	static String page(String query, int calls, int port) {
		int perPage = Math.min(100, Integer.parseInt(param(query, "per_page", "10")));
		int page = Integer.parseInt(param(query, "page", "1"));
		int from = (page - 1) * perPage + 1;
		int to = Math.min(calls, page * perPage);
		int pages = (calls + perPage - 1) / perPage;
		StringBuilder json = new StringBuilder(perPage * 900);
		json.append("{\"page\":").append(page).append(",\"per_page\":").append(perPage).append(",\"total_entries\":")
			.append(calls).append(",\"total_pages\":").append(pages);
		if (page < pages) {
			json.append(",\"next_page\":\"http://127.0.0.1:").append(port).append("/api/v1/accounts/").append(ACCOUNT)
				.append("/calls.json?page=").append(page + 1).append("&per_page=").append(perPage).append('"');
		}
		json.append(",\"calls\":[");
		for (int i = from; i <= to; i++) {
			if (i > from) {
				json.append(',');
			}
			call(json, i, calls);
		}
		return json.append("]}").toString();
	}

	static void call(StringBuilder json, int i, int calls) {
		long id = 900_000_000L + i;
		int caller = (int) ((i * 7919L) % Math.max(1, calls * 2 / 5));
		boolean missed = i % 11 == 0;
		int duration = missed ? 0 : 30 + i % 400;
		long start = FIRST.getEpochSecond() + i * 60L;
		json.append("{\"id\":").append(id).append(",\"account_id\":").append(ACCOUNT)
			.append(",\"sid\":\"CA").append(id).append("\",\"name\":\"Caller ").append(caller)
			.append("\",\"caller_number\":\"+1415").append(String.format("%07d", 2_000_000 + caller % 8_000_000))
			.append("\",\"tracking_number\":\"+15559870000\",\"tracking_label\":\"Spring campaign\",\"direction\":\"inbound\"")
			.append(",\"source\":\"").append(i % 3 == 0 ? "Google Ads" : i % 3 == 1 ? "Google Organic" : "Facebook")
			.append("\",\"unix_time\":").append(start).append(",\"duration\":").append(duration)
			.append(",\"dial_status\":\"").append(missed ? "no-answer" : "completed")
			.append("\",\"audio\":").append(missed ? "null" : "\"https://app.calltrackingmetrics.com/accounts/7001/calls/" + id + "/recording.mp3\"")
			.append(",\"transcription_text\":").append(missed ? "null" : "\"" + TRANSCRIPTS[i % TRANSCRIPTS.length] + "\"")
			.append(",\"sale\":null}");
	}

	static String param(String query, String name, String otherwise) {
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith(name + "=")) {
					return pair.substring(name.length() + 1);
				}
			}
		}
		return otherwise;
	}

	static void send(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
