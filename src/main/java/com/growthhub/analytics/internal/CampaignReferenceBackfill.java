package com.growthhub.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactCampaigns;
import com.growthhub.pipeline.DealCampaigns;

/**
 * Turns the free-text campaigns contacts and deals stored before campaigns were references into references, once
 * the application is up: each name becomes the live campaign of that name in any case, or a new campaign (platform
 * other, status active). A migration cannot do it, since it may not read another module's tables. Cheap when there
 * is nothing left to link (a partial index of the unlinked rows), so every start runs it; it also catches rows an
 * import or a sync left unlinked when it stopped halfway.
 */
@Component
public class CampaignReferenceBackfill {

	private static final Logger log = LoggerFactory.getLogger(CampaignReferenceBackfill.class);

	private final ContactCampaigns contacts;
	private final DealCampaigns deals;

	CampaignReferenceBackfill(ContactCampaigns contacts, DealCampaigns deals) {
		this.contacts = contacts;
		this.deals = deals;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not link every stored campaign name to its campaign; the next start tries again", ex);
		}
	}

	/** Answers how many contacts and deals it linked. */
	public Linked run() {
		Linked linked = new Linked(contacts.linkUnlinked(), deals.linkUnlinked());
		if (linked.contacts() + linked.deals() > 0) {
			log.info("Linked {} contacts and {} deals to the campaigns their campaign names name", linked.contacts(),
					linked.deals());
		}
		return linked;
	}

	public record Linked(int contacts, int deals) {
	}
}
