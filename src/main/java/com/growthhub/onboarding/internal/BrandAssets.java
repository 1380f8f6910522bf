package com.growthhub.onboarding.internal;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The brand step's files, in the platform file store under the agency. A new logo replaces the previous one; style
 * guides add up. The agency opens them through short-lived signed links.
 */
@Service
public class BrandAssets {

	static final UploadPolicy LOGO = UploadPolicy.of("onboarding-logo", DataSize.ofMegabytes(5), "image/png",
			"image/jpeg", "image/webp", "image/gif");

	static final UploadPolicy STYLE_GUIDE = UploadPolicy.of("onboarding-style-guide", DataSize.ofMegabytes(20),
			"application/pdf", "image/png", "image/jpeg", "image/webp");

	private final OnboardingWizard wizard;
	private final StoredFiles files;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	BrandAssets(OnboardingWizard wizard, StoredFiles files, JdbcClient jdbc, TenantTransactions transactions) {
		this.wizard = wizard;
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record Asset(UUID id, String kind, String name, String contentType, long sizeBytes, Instant createdAt) {
	}

	/** Adds a file of {@code kind} ({@code logo} or {@code style_guide}) to the signed-in client's brand step. */
	public Asset add(OrganizationId organization, Actor actor, String kind, InputStream content, @Nullable String name) {
		OnboardingProfile profile = wizard.mine(organization, actor);
		if (profile.completed()) {
			throw OnboardingRefusedException.alreadyCompleted();
		}
		boolean logo = switch (kind.toLowerCase(Locale.ROOT)) {
			case "logo" -> true;
			case "style_guide" -> false;
			default -> throw OnboardingInputException.field("kind", "must be logo or style_guide");
		};
		OrganizationId agency = profile.agency();
		StoredFile stored = files.store(agency, content, name, logo ? LOGO : STYLE_GUIDE);
		Asset asset = new Asset(Ids.next(), logo ? "logo" : "style_guide",
				stored.originalName() == null || stored.originalName().isBlank() ? "file" : stored.originalName(),
				stored.contentType(), stored.sizeBytes(), stored.createdAt());
		transactions.run(TenantScope.organization(agency, actor), () -> {
			if (logo) {
				jdbc.sql("select file_id from onboarding_brand_assets where organization_id = ? and profile_id = ? and kind = 'logo'")
					.params(agency.value(), profile.id()).query(UUID.class).list()
					.forEach(old -> files.delete(agency, FileId.of(old)));
				jdbc.sql("delete from onboarding_brand_assets where organization_id = ? and profile_id = ? and kind = 'logo'")
					.params(agency.value(), profile.id()).update();
			}
			jdbc.sql("""
					insert into onboarding_brand_assets (id, organization_id, profile_id, kind, file_id, original_name,
					  content_type, size_bytes)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""").params(asset.id(), agency.value(), profile.id(), asset.kind(), stored.id().value(), asset.name(),
					asset.contentType(), asset.sizeBytes()).update();
		});
		return asset;
	}

	/** The brand files of a profile, in the agency's transaction or its own. */
	public List<Asset> of(OnboardingProfile profile) {
		return transactions.call(TenantScope.organization(profile.agency(), new Actor.Anonymous()), () -> jdbc.sql("""
				select id, kind, original_name, content_type, size_bytes, created_at from onboarding_brand_assets
				where organization_id = ? and profile_id = ? order by created_at, id
				""").params(profile.agency().value(), profile.id())
			.query((rs, n) -> new Asset(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("original_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant()))
			.list());
	}

	/** A link that opens the file for five minutes; 404 unless it is a brand file of this agency's client. */
	public URI link(OrganizationId agency, UUID profileId, UUID assetId) {
		UUID fileId = transactions.call(TenantScope.organization(agency, new Actor.Anonymous()), () -> jdbc.sql("""
				select file_id from onboarding_brand_assets where organization_id = ? and profile_id = ? and id = ?
				""").params(agency.value(), profileId, assetId).query(UUID.class).optional())
			.orElseThrow(() -> NotFoundException.of("Brand file"));
		return files.shareLink(agency, FileId.of(fileId), Duration.ofMinutes(5));
	}
}
