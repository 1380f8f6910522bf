package com.growthhub.identity.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {
}
