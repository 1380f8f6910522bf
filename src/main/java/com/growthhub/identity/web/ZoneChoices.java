package com.growthhub.identity.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The options of the time-zone selects: the IANA region ids grouped by their region (Africa, America, Europe, …) plus
 * UTC. The legacy aliases the JDK also knows ({@code US/Pacific}, {@code EST5EDT}) are still accepted, just not offered.
 */
final class ZoneChoices {

	private static final Pattern REGION = Pattern
		.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

	private static final Map<String, List<String>> ZONES = ZoneId.getAvailableZoneIds().stream()
		.filter(id -> REGION.matcher(id).matches())
		.sorted()
		.collect(Collectors.groupingBy(id -> id.substring(0, id.indexOf('/')), TreeMap::new, Collectors.toList()));

	private ZoneChoices() {
	}

	/** Region → its zones, both sorted; UTC is offered on its own, above them. */
	static Map<String, List<String>> zones() {
		return ZONES;
	}

	/** Whether the select lists {@code zone}; one it does not (an alias set through the API) is added to it. */
	static boolean offers(String zone) {
		return zone.equals("UTC") || REGION.matcher(zone).matches();
	}
}
