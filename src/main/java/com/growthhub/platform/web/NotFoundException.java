package com.growthhub.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 404 for a thing that does not exist or belongs to another organization: the two look the same. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "Not found", what + " was not found."), null);
	}

	public static NotFoundException of(String what) {
		return new NotFoundException(what);
	}
}
