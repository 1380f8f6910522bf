package com.growthhub.analytics.web;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;

import com.growthhub.analytics.internal.commissions.CommissionRecords;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The answers the provider and rule APIs give alike to a create (201 with the new record's Location) and a delete
 * (204); reads and PATCH answer the record as {@link CommissionRecords} gives it. Refusals (403, 404, 400, 409) come
 * from the records themselves, so both APIs refuse the same way too.
 */
final class CommissionRecordApi<V, D> {

	private final String path;
	private final CommissionRecords<V, D> records;
	private final Function<V, UUID> id;

	CommissionRecordApi(String path, CommissionRecords<V, D> records, Function<V, UUID> id) {
		this.path = path;
		this.records = records;
		this.id = id;
	}

	ResponseEntity<V> create(OrganizationId organization, Actor actor, D draft) {
		V created = records.create(organization, actor, draft);
		return ResponseEntity.created(URI.create(path + "/" + id.apply(created))).body(created);
	}

	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, UUID id) {
		records.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}
}
