/**
 * The global search: modules contribute {@link com.growthhub.platform.search.SearchSource}s, the platform asks them
 * all and shows the hits in the Ctrl/Cmd-K palette, on a results page and through the API.
 */
@NamedInterface("search")
@NullMarked
package com.growthhub.platform.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
