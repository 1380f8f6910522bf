/**
 * Technical plumbing shared by every module: the embedded PostgreSQL, tenancy and row-level
 * security, web errors and layout, background jobs, throttling and secrets. Depends on no business module.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package com.growthhub.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
