/** Web plumbing: problem details for the API, error pages for people, the page layout and request ids. */
@NamedInterface("web")
@NullMarked
package com.growthhub.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
