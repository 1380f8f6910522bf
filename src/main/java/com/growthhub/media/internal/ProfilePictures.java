package com.growthhub.media.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A contact's profile picture is the first item of their profile-picture collection; making an item the picture
 * creates that collection on first use and puts the item first, so earlier pictures stay behind it.
 */
@Service
public class ProfilePictures {

	private final MediaCollections collections;
	private final CollectionItems items;
	private final ContactDirectory contacts;
	private final TenantTransactions transactions;

	ProfilePictures(MediaCollections collections, CollectionItems items, ContactDirectory contacts,
			TenantTransactions transactions) {
		this.collections = collections;
		this.items = items;
		this.contacts = contacts;
		this.transactions = transactions;
	}

	public void set(OrganizationId organization, Actor actor, UUID contactId, UUID mediaId) {
		String name = contacts.nameOf(organization, actor, ContactId.of(contactId));
		transactions.run(organization, actor, () -> {
			List<MediaCollection> existing = collections.list(organization, actor, CollectionKind.CONTACT_PROFILE, null,
					contactId);
			UUID collection = existing.isEmpty()
					? collections.create(organization, actor, new MediaCollections.NewCollection(
							clip("Profile pictures of " + name), CollectionKind.CONTACT_PROFILE, null, contactId, null)).id()
					: existing.getFirst().id();
			items.put(organization, actor, collection, mediaId, 0);
		});
	}

	private static String clip(String name) {
		return name.length() <= 120 ? name : name.substring(0, 120);
	}
}
