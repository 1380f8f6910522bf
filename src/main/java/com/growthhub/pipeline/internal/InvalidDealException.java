package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422: a request names something that cannot be used here (stage of another pipeline, past date, …). */
public class InvalidDealException extends ProblemException {

	private InvalidDealException(String field, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid " + field, detail);
		withProperty("errors", List.of(Map.of("field", field, "message", detail)));
	}

	public static InvalidDealException of(String field, String message) {
		return new InvalidDealException(field, field + " " + message + ".");
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
