package com.growthhub.platform.web;

import java.util.Map;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A card on the dashboard, contributed by a module as a bean. The dashboard renders every widget
 * in {@link #order()}, each as its Thymeleaf fragment with its own model under {@code widget}.
 */
public interface DashboardWidget {

	/** The widget's name in {@code GET /api/v1/dashboard}, e.g. {@code contacts}. */
	String key();

	String title();

	/** A fragment expression such as {@code contacts/widgets :: recent}. */
	String fragment();

	/**
	 * The figures of {@code organization} as {@code actor} may see them; exposed to the fragment as {@code widget} and
	 * served as JSON by the API.
	 */
	Map<String, Object> model(OrganizationId organization, Actor actor);

	/** Lower comes first. */
	int order();
}
