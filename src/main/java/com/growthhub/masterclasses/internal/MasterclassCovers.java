package com.growthhub.masterclasses.internal;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * A masterclass's cover image: uploaded here only (never named by id in a class's fields, which could make any of the
 * organization's files public), shown on the landing page to anyone once the class is published. The file is stored
 * inside the transaction that sets it, so a refused or failed upload leaves nothing behind, and the cover it replaces
 * is deleted with that transaction.
 */
@Service
public class MasterclassCovers {

	/** What a landing page shows well and a browser decodes everywhere; a few megabytes is plenty for a banner. */
	public static final UploadPolicy COVER = UploadPolicy.of("masterclass-cover", DataSize.ofMegabytes(5), "image/png",
			"image/jpeg", "image/webp");

	private final MasterclassRepository repository;
	private final MasterclassAccess access;
	private final TenantTransactions transactions;
	private final StoredFiles files;
	private final Masterclasses masterclasses;

	MasterclassCovers(MasterclassRepository repository, MasterclassAccess access, TenantTransactions transactions,
			StoredFiles files, Masterclasses masterclasses) {
		this.repository = repository;
		this.access = access;
		this.transactions = transactions;
		this.files = files;
		this.masterclasses = masterclasses;
	}

	/** Makes the upload the class's cover (PNG, JPEG or WebP read from the bytes, at most 5 MB); those who may edit it. */
	public MasterclassView change(OrganizationId organization, Actor actor, UUID id, InputStream content,
			@Nullable String name) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> {
			MasterclassView current = lockForEdit(organization, actor, id);
			UUID stored = files.store(organization, content, name, COVER).id().value();
			repository.cover(id, stored);
			deleteOld(organization, current.coverFileId());
			return repository.find(organization, id).orElseThrow();
		});
	}

	/** The class shows no cover any more. */
	public MasterclassView remove(OrganizationId organization, Actor actor, UUID id) {
		access.read(organization, actor);
		return transactions.call(organization, actor, () -> {
			MasterclassView current = lockForEdit(organization, actor, id);
			repository.cover(id, null);
			deleteOld(organization, current.coverFileId());
			return repository.find(organization, id).orElseThrow();
		});
	}

	/** The cover for staff's pages (drafts included): anyone of the organization who may read masterclasses. */
	public FileId staffCover(OrganizationId organization, Actor actor, UUID id, UUID fileId) {
		MasterclassView masterclass = masterclasses.get(organization, actor, id);
		return matching(masterclass, fileId).orElseThrow(() -> NotFoundException.of("The cover"));
	}

	/**
	 * The published class's cover behind a public slug, opened: only when {@code fileId} is its cover now, so the
	 * address reveals no other file and changes whenever the cover does (it can be cached for good).
	 */
	public FileContent publicCover(String slug, UUID fileId) {
		Masterclasses.Public found = masterclasses.published(slug).orElseThrow(() -> NotFoundException.of("The cover"));
		FileId cover = matching(found.masterclass(), fileId).orElseThrow(() -> NotFoundException.of("The cover"));
		return files.open(found.organization(), cover, null);
	}

	private static Optional<FileId> matching(MasterclassView masterclass, UUID fileId) {
		return fileId.equals(masterclass.coverFileId()) ? Optional.of(FileId.of(fileId)) : Optional.empty();
	}

	private MasterclassView lockForEdit(OrganizationId organization, Actor actor, UUID id) {
		MasterclassView current = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("The masterclass"));
		access.edit(organization, actor, current);
		return current;
	}

	private void deleteOld(OrganizationId organization, @Nullable UUID old) {
		if (old != null) {
			files.delete(organization, FileId.of(old));
		}
	}
}
