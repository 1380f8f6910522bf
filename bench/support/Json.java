package support;

import java.util.regex.Pattern;

/** Values from the app's JSON answers, read by pattern: the benchmarks need a few fields, not a JSON library. */
public final class Json {

	private Json() {
	}

	/** The first string field of that name; fails when there is none. */
	public static String field(String json, String name) {
		var matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return matcher.group(1);
	}

	/** The first whole-number field of that name; 0 when there is none. */
	public static int number(String json, String name) {
		var matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}
}
