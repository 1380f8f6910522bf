package com.growthhub.masterclasses.internal.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Finds the room: for a registrant by their join token (a wrong token, one without a seat or one of another
 * masterclass is "not found"), for staff by the masterclass id within their organization.
 */
@Component
public class LiveRooms {

	private static final int MAX_TOKEN_LENGTH = 200;

	private final LiveRoomRepository rooms;
	private final TenantTransactions transactions;
	private final Members members;

	LiveRooms(LiveRoomRepository rooms, TenantTransactions transactions, Members members) {
		this.rooms = rooms;
		this.transactions = transactions;
		this.members = members;
	}

	public Attendee attendee(String joinToken) {
		return find(joinToken).orElseThrow(() -> NotFoundException.of("The join link"));
	}

	/** The registrant of this token in the masterclass of this slug; a token of another masterclass is not found. */
	public Attendee attendee(String slug, String joinToken) {
		return find(joinToken).filter(attendee -> attendee.room().slug().equals(slug))
			.orElseThrow(() -> NotFoundException.of("The join link"));
	}

	private Optional<Attendee> find(String joinToken) {
		if (joinToken.isBlank() || joinToken.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		return transactions.call(TenantScope.system(new Actor.Job("live-room")), () -> rooms.attendee(hash(joinToken)));
	}

	/** Members of the organization see the room; another organization's id is not found. */
	public LiveRoom room(OrganizationId organization, Actor actor, UUID masterclassId) {
		if (actor.userId() == null || members.roleOf(organization, actor.requireUserId()).filter(role -> role != Role.CLIENT).isEmpty()) {
			throw NotFoundException.of("The masterclass");
		}
		return transactions.call(organization, actor, () -> rooms.room(organization, masterclassId))
			.orElseThrow(() -> NotFoundException.of("The masterclass"));
	}

	/** Moderation (and the console) is for the host, managers and owners. */
	public LiveRoom moderated(OrganizationId organization, Actor actor, UUID masterclassId) {
		LiveRoom room = room(organization, actor, masterclassId);
		UUID user = actor.requireUserId();
		boolean allowed = user.equals(room.hostUserId())
				|| members.roleOf(organization, user).filter(role -> role.atLeast(Role.MANAGER)).isPresent();
		if (!allowed) {
			throw LiveRefusedException.forbidden("Only the host, managers and owners moderate the live room.");
		}
		return room;
	}

	/** Lowercase hex SHA-256 of the token's UTF-8 bytes, as registrations store it. */
	static String hash(String joinToken) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joinToken.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
