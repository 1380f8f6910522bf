package support;

import static support.Http.enc;
import static support.Http.form;
import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Signing in as the demo organization's owner, whom the demo data creates: through the API (an access token) or
 * through the login pages (a browser's session cookie). When the app asks for a second factor, the code is read from
 * the mail it sent, in the database.
 */
public final class DemoSignIn {

	public static final String EMAIL = "demo@growthhub.local", PASSWORD = "growthhub-demo-2026";

	private DemoSignIn() {
	}

	/** An access token: the API's login, then its MFA step when the app asks for a code. */
	public static String accessToken(HttpClient http, String base, Connection db) throws Exception {
		String login = send(http, json(base + "/api/v1/auth/login", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}")).body();
		if (login.contains("accessToken")) {
			return field(login, "accessToken");
		}
		return field(send(http, json(base + "/api/v1/auth/mfa/verify",
				"{\"challengeId\":\"" + field(login, "challengeId") + "\",\"code\":\"" + code(db) + "\"}")).body(), "accessToken");
	}

	/** Signs a browser (a client with a cookie handler) in through the login pages, as a person would. */
	public static void throughPages(HttpClient browser, String base, Connection db) throws Exception {
		String page = send(browser, get(base + "/login")).body();
		send(browser, form(base + "/login", "email=" + enc(EMAIL) + "&password=" + enc(PASSWORD) + "&_csrf=" + csrf(page)));
		String verify = send(browser, get(base + "/login/verify")).body();
		if (verify.contains("name=\"code\"")) {
			send(browser, form(base + "/login/verify", "code=" + code(db) + "&_csrf=" + csrf(verify)));
		}
	}

	/** The latest sign-in code mailed to the demo owner; mail is readable only with app.system on. */
	static String code(Connection db) throws SQLException {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			var rows = statement.executeQuery("select substring(body_html from 'data-code[^>]*>([0-9]{6})<') from email_messages "
					+ "where to_address = '" + EMAIL + "' and template = 'sign-in-code' order by created_at desc limit 1");
			rows.next();
			String code = rows.getString(1);
			statement.execute("select set_config('app.system', 'off', false)");
			return code;
		}
	}

	/** The page's CSRF token (a form's hidden field, else the meta tag), encoded for a form body. */
	static String csrf(String page) {
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			matcher = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
			matcher.find();
		}
		return enc(matcher.group(1));
	}
}
