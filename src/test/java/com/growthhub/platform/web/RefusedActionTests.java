package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class RefusedActionTests {

	@Test
	void showsTheDetailOfOurOwnRefusal() {
		assertThat(RefusedAction.detail(refusal(HttpStatus.CONFLICT, "The last owner cannot leave.", null)))
			.isEqualTo("The last owner cannot leave.");
	}

	@Test
	void keepsADetailThatAlreadySaysWhichFieldIsWrong() {
		var errors = List.of(Map.of("field", "stageId", "message", "stageId belongs to another pipeline."));
		assertThat(RefusedAction.detail(refusal(HttpStatus.UNPROCESSABLE_CONTENT, "stageId belongs to another pipeline.", errors)))
			.isEqualTo("stageId belongs to another pipeline.");
	}

	@Test
	void namesTheFieldsBehindASummary() {
		var errors = List.of(Map.of("field", "email", "message", "must be an email"),
				Map.of("field", "phone", "message", "must be E.164"));
		assertThat(RefusedAction.detail(refusal(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors)))
			.isEqualTo("email must be an email; phone must be E.164");
	}

	@Test
	void rethrowsWhatIsNotARefusal() {
		ErrorResponseException failure = refusal(HttpStatus.BAD_GATEWAY, "upstream said no", null);
		assertThatThrownBy(() -> RefusedAction.detail(failure)).isSameAs(failure);
	}

	@Test
	void flashesTheTextOrTheMessageKey() {
		var redirect = new RedirectAttributesModelMap();
		RefusedAction.flash(redirect, refusal(HttpStatus.CONFLICT, "Taken.", null));
		RefusedAction.flash(redirect, "contacts.bulk.invalid");
		assertThat(redirect.getFlashAttributes().get("problem")).isEqualTo("Taken.");
		assertThat(redirect.getFlashAttributes().get("problemKey")).isEqualTo("contacts.bulk.invalid");
	}

	private static ErrorResponseException refusal(HttpStatus status, String detail, List<?> errors) {
		ErrorResponseException ex = new ErrorResponseException(status);
		ex.getBody().setDetail(detail);
		if (errors != null) {
			ex.getBody().setProperty("errors", errors);
		}
		return ex;
	}
}
