package com.growthhub.media.internal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Serves an item's files to the people who may see the item. */
@Service
public class MediaContent {

	private final MediaLibrary library;
	private final StoredFiles files;

	MediaContent(MediaLibrary library, StoredFiles files) {
		this.library = library;
		this.files = files;
	}

	public ResponseEntity<?> serve(OrganizationId organization, Actor actor, UUID id, MediaItem.Size size,
			HttpHeaders request, boolean inline) {
		MediaItem item = library.get(organization, actor, id);
		UUID file = item.fileFor(size);
		if (file == null) {
			throw NotFoundException.of("The " + size.name().toLowerCase(Locale.ROOT) + " version of this item");
		}
		return FileResponses.serve(files, organization, FileId.of(file), request, inline);
	}
}
