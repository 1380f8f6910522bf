/**
 * Value types every module may use: ids and other small immutable values. No behaviour beyond validation.
 */
@ApplicationModule(displayName = "Shared values", type = ApplicationModule.Type.OPEN)
@NullMarked
package com.growthhub.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
