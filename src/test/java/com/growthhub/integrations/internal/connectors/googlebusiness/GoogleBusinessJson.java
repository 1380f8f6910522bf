package com.growthhub.integrations.internal.connectors.googlebusiness;

import java.util.List;

/** Reviews and pages shaped like the Business Profile API v4's {@code ListReviewsResponse}. */
public final class GoogleBusinessJson {

	private GoogleBusinessJson() {
	}

	public static String review(String location, String id, String stars, String name, String comment, String created,
			String reply) {
		String replyJson = reply == null ? "" : """
				,"reviewReply":{"comment":"%s","updateTime":"%s"}""".formatted(reply, created.replace("T10", "T12"));
		return """
				{"name":"%s/reviews/%s","reviewId":"%s","reviewer":{"profilePhotoUrl":"https://lh3.googleusercontent.com/a/x",
				 "displayName":"%s","isAnonymous":false},"starRating":"%s","comment":"%s","createTime":"%s",
				 "updateTime":"%s"%s}""".formatted(location, id, id, name, stars, comment, created, created, replyJson);
	}

	public static String page(List<String> reviews, String nextPageToken) {
		return """
				{"reviews":[%s],"averageRating":4.5,"totalReviewCount":%d%s}""".formatted(String.join(",", reviews),
				reviews.size(), nextPageToken == null ? "" : ",\"nextPageToken\":\"" + nextPageToken + "\"");
	}
}
