package com.growthhub.platform.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Asks every module's {@link SearchSource} in turn, a few hits from each, so one kind cannot crowd out the others. */
@Service
public class GlobalSearch {

	/** Longer queries are cut: nobody types a paragraph into a search box, and each source scans with it. */
	static final int MAX_QUERY_LENGTH = 100;

	private final ObjectProvider<SearchSource> sources;

	GlobalSearch(ObjectProvider<SearchSource> sources) {
		this.sources = sources;
	}

	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int perSource) {
		String cleaned = query.strip();
		if (cleaned.isEmpty()) {
			return List.of();
		}
		String bounded = cleaned.length() > MAX_QUERY_LENGTH ? cleaned.substring(0, MAX_QUERY_LENGTH) : cleaned;
		int limit = Math.clamp(perSource, 1, 20);
		List<SearchHit> hits = new ArrayList<>();
		sources.stream()
			.sorted(Comparator.comparingInt(SearchSource::order))
			.forEach(source -> hits.addAll(source.search(organization, actor, bounded, limit).stream().limit(limit).toList()));
		return hits;
	}
}
