package com.growthhub.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, UUID> {

	Optional<Membership> findByOrganizationIdAndUserId(UUID organizationId, UUID userId);

	List<Membership> findByUserIdOrderByCreatedAt(UUID userId);

	List<Membership> findByOrganizationIdOrderByCreatedAt(UUID organizationId);

	long countByOrganizationIdAndRole(UUID organizationId, com.growthhub.identity.Role role);
}
