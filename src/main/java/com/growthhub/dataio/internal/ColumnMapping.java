package com.growthhub.dataio.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.PrivacyMode;

/**
 * Suggests a target for each column from its header: a standard field by its name or a common synonym, also in
 * German, French and Spanish ("E-mail", "First Name", "Mobile", "Vorname", "Téléphone", "Correo electrónico"),
 * or a custom field by its key or label, in any case and with or without accents. A birthday column ("DOB",
 * "Date of Birth") goes to a birthday custom field, or suggests creating one. Other columns stay unmapped; the
 * person then creates a custom field from them or skips them.
 */
public final class ColumnMapping {

	/** A column's target: a field key, {@code cf.<key>}, {@link #NEW_FIELD} or {@link #SKIP}. */
	public static final String SKIP = "skip";
	public static final String NEW_FIELD = "new";

	private static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

	/** Headers that mean a birthday: a custom field by one of these names takes them, else one is suggested. */
	private static final List<String> BIRTHDAY = List.of("birthday", "birthdate", "dateofbirth", "dob", "geburtstag",
			"geburtsdatum", "datedenaissance", "anniversaire", "fechadenacimiento", "cumpleanos");

	static {
		synonyms("firstName", "firstname", "first", "givenname", "forename", "fname", "vorname", "prenom", "nombre");
		synonyms("lastName", "lastname", "last", "surname", "familyname", "lname", "nachname", "familienname", "nom",
				"nomdefamille", "apellido", "apellidos");
		synonyms("email", "email", "emailaddress", "mail", "emailid", "workemail", "emailadresse", "mailadresse", "courriel",
				"adressecourriel", "adresseemail", "adressemail", "correo", "correoelectronico");
		synonyms("phone", "phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone",
				"tel", "phoneno", "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "mobiltelefon",
				"portable", "telephoneportable", "numerodetelephone", "telefono", "movil", "celular", "numerodetelefono");
		synonyms("company", "company", "companyname", "organization", "organisation", "business", "account", "employer",
				"firma", "firmenname", "unternehmen", "entreprise", "societe", "nomdelentreprise", "empresa", "compania");
		synonyms("jobTitle", "jobtitle", "title", "position", "role", "jobrole", "berufsbezeichnung", "poste", "fonction",
				"intituleduposte", "cargo", "puesto");
		synonyms("linkedinUrl", "linkedin", "linkedinurl", "linkedinprofile", "linkedinprofil", "profillinkedin",
				"perfillinkedin");
		synonyms("industry", "industry", "sector", "branche", "secteur", "industrie", "industria");
		synonyms("businessType", "businesstype");
		synonyms("networkType", "networktype");
		synonyms("priority", "priority", "prioritat", "priorite", "prioridad");
		synonyms("campaign", "campaign", "utmcampaign", "kampagne", "campagne", "campana");
		synonyms("adPlatform", "adplatform", "adsource");
		synonyms("notes", "notes", "note", "comments", "comment", "description", "notizen", "bemerkungen", "anmerkungen",
				"kommentar", "remarques", "commentaires", "commentaire", "notas", "comentarios", "observaciones");
	}

	private ColumnMapping() {
	}

	private static void synonyms(String field, String... names) {
		for (String name : names) {
			SYNONYMS.put(name, field);
		}
	}

	/** Lower case, accents and everything but letters and digits dropped: "Téléphone" and "TELEPHONE" are "telephone". */
	static String normalize(String header) {
		String decomposed = Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** Whether a header names no field: no standard field, no birthday, no custom field by its key or label. */
	static boolean namesNoField(String header, List<ContactImports.Field> customFields) {
		String name = normalize(header);
		return !SYNONYMS.containsKey(name) && !BIRTHDAY.contains(name) && customFields.stream()
			.noneMatch(field -> normalize(field.key()).equals(name) || normalize(field.label()).equals(name));
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
		Set<String> used = new HashSet<>();
		for (String header : headers) {
			String name = normalize(header);
			String target = SYNONYMS.getOrDefault(name, customByName.get(name));
			if (target == null && BIRTHDAY.contains(name)) {
				target = BIRTHDAY.stream().map(customByName::get).filter(Objects::nonNull).findFirst().orElse(NEW_FIELD);
			}
			if (target != null && !PrivacyMode.of(privacyMode).allowsField(target)
					|| NEW_FIELD.equals(target) && !PrivacyMode.of(privacyMode).allowsFreeText()) {
				target = null;
			}
			// One new birthday field, however many columns say birthday.
			if (target == null || !used.add(target.equals(NEW_FIELD) ? NEW_FIELD + ":birthday" : target)) {
				target = SKIP;
			}
			mapping.put(header, target);
		}
		return mapping;
	}
}
