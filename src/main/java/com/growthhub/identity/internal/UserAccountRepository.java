package com.growthhub.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);
}
