/** Installation secrets, token hashing and database-backed throttling for every module. */
@NamedInterface("security")
@NullMarked
package com.growthhub.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
