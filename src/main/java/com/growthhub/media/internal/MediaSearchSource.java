package com.growthhub.media.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.search.SearchSource;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Media items in the global search, by a part of their name, newest first; private ones only for their owner. */
@Component
class MediaSearchSource implements SearchSource {

	private final MediaLibrary library;

	MediaSearchSource(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public String kind() {
		return "media";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit) {
		MediaQuery byName = new MediaQuery(null, query, null, null, null, null, null, null, null);
		return library.list(organization, actor, byName, null, limit).items().stream()
			.map(item -> new SearchHit(kind(), item.name(), item.type().key() + " · " + item.status().key(),
					"/media/" + item.id()))
			.toList();
	}
}
