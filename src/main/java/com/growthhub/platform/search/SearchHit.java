package com.growthhub.platform.search;

import org.jspecify.annotations.Nullable;

/**
 * One result of the global search.
 *
 * @param kind the {@link SearchSource#kind()} that found it
 * @param label what it is called (a contact's name, a deal's title, a page's title)
 * @param detail a second line that tells similar hits apart (a company, a stage), if any
 * @param url where it opens in the web app, relative to the application root
 */
public record SearchHit(String kind, String label, @Nullable String detail, String url) {
}
