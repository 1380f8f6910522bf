package com.growthhub.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationTimeZoneChanged;

/**
 * An organization that moves to another time zone gets its daily and monthly rollups cut anew at the new midnights,
 * right away rather than at the nightly rebuild: until then its reports would count evenings on the wrong day.
 */
@Component
class ZoneChangeRebuild {

	private static final Logger log = LoggerFactory.getLogger(ZoneChangeRebuild.class);

	private final RollupRebuild rebuild;

	ZoneChangeRebuild(RollupRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@ApplicationModuleListener
	void on(OrganizationTimeZoneChanged changed) {
		long started = System.nanoTime();
		int rows = rebuild.rebuild(changed.organizationId());
		log.info("KPI rollups of organization {} cut anew in {} ({} rows) in {} ms", changed.organizationId().value(),
				changed.to().getId(), rows, (System.nanoTime() - started) / 1_000_000);
	}
}
