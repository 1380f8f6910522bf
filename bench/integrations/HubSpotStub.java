package integrations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A HubSpot for the import benchmark: {@code GET /crm/v3/objects/contacts?limit=100&after=…} answers real-shaped pages
 * of generated contacts, {@code GET /account-info/v3/details} the portal, and every request counts against HubSpot's
 * documented limit of 110 requests per rolling 10 seconds: over it, 429 with HubSpot's error body and Retry-After.
 * {@code GET /stats} answers "requests limited". Arguments: port contacts.
 */
public class HubSpotStub {

	static final int WINDOW_MS = 10_000, LIMIT = 110;
	static final Deque<Long> recent = new ArrayDeque<>();
	static final AtomicLong served = new AtomicLong(), limited = new AtomicLong();

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		int contacts = Integer.parseInt(args[1]);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/stats", exchange -> send(exchange, 200, served.get() + " " + limited.get(), null));
		server.createContext("/account-info/v3/details", exchange -> {
			if (admit(exchange)) {
				send(exchange, 200, """
						{"portalId": 4242424, "accountType": "STANDARD", "timeZone": "US/Eastern", "companyCurrency": "USD",
						 "uiDomain": "app.hubspot.com", "dataHostingLocation": "na1"}""", null);
			}
		});
		server.createContext("/crm/v3/objects/contacts", exchange -> {
			if (admit(exchange)) {
				send(exchange, 200, page(exchange.getRequestURI().getRawQuery(), contacts), null);
			}
		});
		server.start();
		System.out.println("HubSpot stub on " + port + " with " + contacts + " contacts");
	}

	static boolean admit(HttpExchange exchange) throws IOException {
		long now = System.currentTimeMillis();
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst() <= now - WINDOW_MS) {
				recent.pollFirst();
			}
			if (recent.size() >= LIMIT) {
				limited.incrementAndGet();
				long retry = Math.max(1, (recent.peekFirst() + WINDOW_MS - now + 999) / 1000);
				send(exchange, 429, """
						{"status": "error", "message": "You have reached your ten_secondly_rolling limit.",
						 "errorType": "RATE_LIMIT", "correlationId": "c0ffee00-0000-4000-8000-000000000000",
						 "policyName": "TEN_SECONDLY_ROLLING", "groupName": "publicapi:private-app:ten-secondly"}""",
						Long.toString(retry));
				return false;
			}
			recent.addLast(now);
		}
		served.incrementAndGet();
		return true;
	}

	static String page(String query, int contacts) {
		int limit = Math.min(100, Integer.parseInt(param(query, "limit", "10")));
		int after = Integer.parseInt(param(query, "after", "0"));
		StringBuilder json = new StringBuilder("{\"results\": [");
		int end = Math.min(contacts, after + limit);
		for (int i = after + 1; i <= end; i++) {
			if (i > after + 1) {
				json.append(',');
			}
			String at = "2026-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:" + String.format("%02d", i % 60) + ":00.000Z";
			json.append("""
					{"id": "%d", "properties": {"createdate": "%s", "email": "person%d@bench.example.com", "firstname": "Person",
					 "lastname": "Number %d", "phone": "+1 415 %d %04d", "company": "Company %d", "jobtitle": "Buyer",
					 "hs_object_id": "%d", "lastmodifieddate": "%s"}, "createdAt": "%s", "updatedAt": "%s", "archived": false}"""
				// A phone of its own per contact (exchanges 200 to 299): contacts are matched by phone too, and
				// phones repeating every 10,000 made the 100,000-contact import create 10,000 and update the rest.
				.formatted(i, at, i, i, 200 + i / 10000 % 100, i % 10000, i % 500, i, at, at, at));
		}
		json.append(']');
		if (end < contacts) {
			json.append(", \"paging\": {\"next\": {\"after\": \"").append(end)
				.append("\", \"link\": \"https://api.hubapi.com/crm/v3/objects/contacts?after=").append(end).append("\"}}");
		}
		return json.append('}').toString();
	}

	static String param(String query, String name, String fallback) {
		Matcher matcher = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(query == null ? "" : query);
		return matcher.find() ? matcher.group(1) : fallback;
	}

	static void send(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
		if (retryAfter != null) {
			exchange.getResponseHeaders().add("Retry-After", retryAfter);
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
