package com.growthhub.messaging.internal.lines;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import com.growthhub.messaging.LineMembers;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * An organization's lines: added within its entitlements (counted in the same transaction), provisioned through
 * {@link NumberProvisioning} after that transaction commits (a provider is never called with a connection held),
 * changed, confirmed active by an admin when provisioning is by hand, and removed.
 */
@Service
public class Lines {

	private final LineRepository repository;
	private final LineEntitlements entitlements;
	private final NumberProvisioning provisioning;
	private final LineMembers members;
	private final StoredFiles files;
	private final LineSettings settings;
	private final TenantTransactions transactions;

	Lines(LineRepository repository, LineEntitlements entitlements, NumberProvisioning provisioning, LineMembers members,
			StoredFiles files, LineSettings settings, TenantTransactions transactions) {
		this.repository = repository;
		this.entitlements = entitlements;
		this.provisioning = provisioning;
		this.members = members;
		this.files = files;
		this.settings = settings;
		this.transactions = transactions;
	}

	public List<LineView> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> repository.list(organization));
	}

	public LineView find(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor,
				() -> repository.find(organization, id).orElseThrow(() -> NotFoundException.of("Line")));
	}

	public LineView create(OrganizationId organization, Actor actor, LineDraft draft) {
		if (draft.phoneNumber() == null && draft.emailAddress() == null) {
			throw LineRefusedException.needsAnAddress();
		}
		int conversationsLimit = draft.dailyNewConversationsLimit() != null ? draft.dailyNewConversationsLimit()
				: settings.dailyNewConversations();
		int messagesLimit = draft.dailyMessagesLimit() != null ? draft.dailyMessagesLimit() : settings.dailyMessages();
		LineRules.check(draft.phoneNumber(), draft.emailAddress(), draft.displayName(), conversationsLimit, messagesLimit);
		// An email-only line has nothing to buy; a number waits for the provider or for an admin to confirm it.
		boolean readyNow = draft.phoneNumber() == null;
		UUID id = Ids.next();
		transactions.run(organization, actor, () -> {
			checkMember(organization, draft.assignedUserId());
			checkPicture(organization, draft.pictureFileId());
			BillingType billing = entitlements.reserve(organization);
			try {
				repository.insert(organization, id, draft, billing, readyNow ? LineStatus.ACTIVE : LineStatus.PROVISIONING,
						Instant.now().plus(settings.readyWithin()), provisioning.automatic() ? "sms-provider" : "manual",
						actor.requireUserId(), conversationsLimit, messagesLimit);
			}
			catch (DuplicateKeyException taken) {
				throw LineRefusedException.phoneNumberTaken();
			}
		});
		if (!readyNow && provisioning.automatic()) {
			provision(organization, actor, id, draft);
		}
		return find(organization, actor, id);
	}

	private void provision(OrganizationId organization, Actor actor, UUID id, LineDraft draft) {
		try {
			String providerId = provisioning.buy(draft.phoneNumber(), draft.displayName());
			transactions.run(organization, actor, () -> repository.markActive(organization, id, providerId));
		}
		catch (NumberProvisioning.ProvisioningFailedException failed) {
			transactions.run(organization, actor, () -> repository.markFailed(organization, id, failed.getMessage()));
		}
	}

	public LineView update(OrganizationId organization, Actor actor, UUID id, LineChanges changes) {
		return transactions.call(organization, actor, () -> {
			LineView line = changes.applyTo(repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Line")));
			if (changes.assignedUserId() != null) {
				checkMember(organization, changes.assignedUserId());
			}
			checkPicture(organization, changes.pictureFileId());
			if (line.phoneNumber() == null && line.emailAddress() == null) {
				throw LineRefusedException.needsAnAddress();
			}
			LineRules.check(line.phoneNumber(), line.emailAddress(), line.displayName(), line.dailyNewConversationsLimit(),
					line.dailyMessagesLimit());
			repository.update(organization, line);
			return repository.find(organization, id).orElseThrow();
		});
	}

	/** Pictures people see beside a line's messages: small images only. */
	static final UploadPolicy PICTURE = UploadPolicy.of("line_picture", DataSize.ofMegabytes(2), "image/jpeg", "image/png",
			"image/gif", "image/webp");

	/**
	 * Keeps an uploaded picture in the file store and makes it the line's; the file is stored in the same transaction,
	 * so a refused change (a line of another organization) leaves no picture behind.
	 */
	public LineView changePicture(OrganizationId organization, Actor actor, UUID id, InputStream content,
			@org.jspecify.annotations.Nullable String name) {
		return transactions.call(organization, actor, () -> {
			repository.find(organization, id).orElseThrow(() -> NotFoundException.of("Line"));
			UUID file = files.store(organization, content, name, PICTURE).id().value();
			return update(organization, actor, id, new LineChanges(null, null, null, file, null, null));
		});
	}

	/** The line's picture, for anyone who may see the line. */
	public FileId picture(OrganizationId organization, Actor actor, UUID id) {
		UUID file = find(organization, actor, id).pictureFileId();
		if (file == null) {
			throw NotFoundException.of("Picture");
		}
		return FileId.of(file);
	}

	/** An admin confirms by hand that a line's number works (or retries a failed one that now does). */
	public LineView activate(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> {
			LineView line = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Line"));
			if (line.active()) {
				throw LineRefusedException.alreadyActive();
			}
			repository.markActive(organization, id, null);
			return repository.find(organization, id).orElseThrow();
		});
	}

	/** Removes the line with its conversations and gives its place back, in one transaction. */
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			LineView line = repository.lock(organization, id).orElseThrow(() -> NotFoundException.of("Line"));
			repository.delete(organization, id);
			entitlements.release(organization, line.billingType());
		});
	}

	public LineEntitlements.Entitlements entitlements(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> entitlements.of(organization));
	}

	private void checkMember(OrganizationId organization, UUID userId) {
		if (members.find(organization, userId).isEmpty()) {
			throw LineRefusedException.notAMember();
		}
	}

	private void checkPicture(OrganizationId organization, @org.jspecify.annotations.Nullable UUID picture) {
		if (picture != null && files.find(organization, FileId.of(picture)).isEmpty()) {
			throw NotFoundException.of("Picture file");
		}
	}
}
