package com.growthhub.dataio.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.PrivacyMode;

/**
 * Suggests a target for each column from its header: a standard field by its name or a common synonym
 * ("E-mail", "First Name", "Mobile"), or a custom field by its key or label. Columns without a match
 * stay unmapped; the person then creates a custom field from them or skips them.
 */
public final class ColumnMapping {

	/** A column's target: a field key, {@code cf.<key>}, {@link #NEW_FIELD} or {@link #SKIP}. */
	public static final String SKIP = "skip";
	public static final String NEW_FIELD = "new";

	private static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

	static {
		synonyms("firstName", "firstname", "first", "givenname", "forename", "fname");
		synonyms("lastName", "lastname", "last", "surname", "familyname", "lname");
		synonyms("email", "email", "emailaddress", "mail", "emailid", "workemail");
		synonyms("phone", "phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone",
				"tel", "phoneno");
		synonyms("company", "company", "companyname", "organization", "organisation", "business", "account", "employer");
		synonyms("jobTitle", "jobtitle", "title", "position", "role", "jobrole");
		synonyms("linkedinUrl", "linkedin", "linkedinurl", "linkedinprofile");
		synonyms("industry", "industry", "sector");
		synonyms("businessType", "businesstype");
		synonyms("networkType", "networktype");
		synonyms("priority", "priority");
		synonyms("campaign", "campaign", "utmcampaign");
		synonyms("adPlatform", "adplatform", "adsource");
		synonyms("notes", "notes", "note", "comments", "comment", "description");
	}

	private ColumnMapping() {
	}

	private static void synonyms(String field, String... names) {
		for (String name : names) {
			SYNONYMS.put(name, field);
		}
	}

	static String normalize(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** Header → target for every header; a target is used once, by the first column that names it. */
	public static Map<String, String> suggest(List<String> headers, List<ContactImports.Field> customFields,
			boolean privacyMode) {
		Map<String, String> customByName = new LinkedHashMap<>();
		customFields.forEach(field -> {
			customByName.putIfAbsent(normalize(field.key()), ContactImports.CUSTOM + field.key());
			customByName.putIfAbsent(normalize(field.label()), ContactImports.CUSTOM + field.key());
		});
		Map<String, String> mapping = new LinkedHashMap<>();
		java.util.Set<String> used = new java.util.HashSet<>();
		for (String header : headers) {
			String name = normalize(header);
			String target = SYNONYMS.getOrDefault(name, customByName.get(name));
			if (target != null && !PrivacyMode.of(privacyMode).allowsField(target)) {
				target = null;
			}
			if (target == null || !used.add(target)) {
				target = SKIP;
			}
			mapping.put(header, target);
		}
		return mapping;
	}
}
