/**
 * The background job system (db-scheduler) as this application runs it: each node's name and taking back the jobs a
 * node was running when it died, as soon as it starts again.
 */
@NullMarked
package com.growthhub.platform.jobs;

import org.jspecify.annotations.NullMarked;
