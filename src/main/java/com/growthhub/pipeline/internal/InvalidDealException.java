package com.growthhub.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422: a request names something that cannot be used here (stage of another pipeline, past date, …). */
public class InvalidDealException extends ProblemException {

	private final List<Map<String, String>> errors;

	private InvalidDealException(String title, String detail, List<Map<String, String>> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, title, detail);
		this.errors = List.copyOf(errors);
		withProperty("errors", this.errors);
	}

	public static InvalidDealException of(String field, String message) {
		String detail = field + " " + message + ".";
		return new InvalidDealException("Invalid " + field, detail, List.of(Map.of("field", field, "message", detail)));
	}

	/** Several refusals of one request at once; each message is a sentence like the one {@link #of} makes. */
	static InvalidDealException all(List<InvalidDealException> refusals) {
		if (refusals.size() == 1) {
			return refusals.getFirst();
		}
		List<Map<String, String>> errors = new ArrayList<>();
		refusals.forEach(refusal -> errors.addAll(refusal.errors));
		return new InvalidDealException("Invalid deal",
				errors.stream().map(error -> error.get("message")).collect(Collectors.joining(" ")), errors);
	}

	public static InvalidDealException lostReasonRequired() {
		return of("lostReason", "is required when a deal is lost");
	}

	public static InvalidDealException stageOfAnotherPipeline() {
		return of("stageId", "belongs to another pipeline");
	}

	public static InvalidDealException unknownStage() {
		return of("stageId", "is not a stage of this organization");
	}

	public static InvalidDealException closeDateInPast() {
		return of("expectedCloseDate", "must not be in the past");
	}

	public static InvalidDealException ownerNotMember() {
		return of("ownerId", "is not a member of this organization");
	}

	public static InvalidDealException unknownService() {
		return of("serviceId", "is not a service of this organization");
	}
}
