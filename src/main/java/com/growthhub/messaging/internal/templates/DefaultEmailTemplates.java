package com.growthhub.messaging.internal.templates;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The shipped emails, read once from {@code messaging/email-templates/} (catalog.properties, key.html, key.txt). */
@Component
public class DefaultEmailTemplates {

	private static final String FOLDER = "messaging/email-templates/";

	private final Map<String, EmailTemplateDefault> byKey;

	DefaultEmailTemplates() {
		Properties catalog = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(FOLDER + "catalog.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			catalog.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, EmailTemplateDefault> read = new TreeMap<>();
		for (String name : catalog.stringPropertyNames()) {
			if (name.endsWith(".subject")) {
				String key = name.substring(0, name.length() - ".subject".length());
				read.put(key, new EmailTemplateDefault(key, catalog.getProperty(key + ".description"),
						Boolean.parseBoolean(catalog.getProperty(key + ".security")), catalog.getProperty(name),
						resource(key + ".html"), resource(key + ".txt"), samples(catalog.getProperty(key + ".variables"))));
			}
		}
		this.byKey = Map.copyOf(read);
	}

	public List<EmailTemplateDefault> all() {
		return byKey.values().stream().sorted(java.util.Comparator.comparing(EmailTemplateDefault::key)).toList();
	}

	public Optional<EmailTemplateDefault> find(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** Security mail is never suppressed nor tracked; an unknown template counts as ordinary mail. */
	public boolean isSecurity(String key) {
		return find(key).map(EmailTemplateDefault::security).orElse(false);
	}

	private static Map<String, String> samples(String list) {
		Map<String, String> samples = new LinkedHashMap<>();
		for (String pair : list.split("\\|")) {
			String[] nameValue = pair.split("=", 2);
			samples.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
		}
		return samples;
	}

	private static String resource(String name) {
		try {
			return new ClassPathResource(FOLDER + name).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
