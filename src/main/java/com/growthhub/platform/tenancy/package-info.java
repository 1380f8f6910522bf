/** The tenant scope of a unit of work and how it reaches PostgreSQL's row-level security. */
@NamedInterface("tenancy")
@NullMarked
package com.growthhub.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
