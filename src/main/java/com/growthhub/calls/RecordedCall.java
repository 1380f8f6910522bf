package com.growthhub.calls;

/**
 * What {@link CallLog#record} did with a reported call.
 *
 * @param created the call was new here
 * @param ratingTaken the provider's rating differed from ours and was taken (category recomputed, history entry
 * written, no {@link CallRated} published)
 * @param reclassified the call was (re)classified because it was new or its transcript changed
 */
public record RecordedCall(CallId callId, boolean created, boolean ratingTaken, boolean reclassified) {
}
