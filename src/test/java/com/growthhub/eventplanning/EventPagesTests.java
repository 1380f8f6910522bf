package com.growthhub.eventplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.media.MediaApi;
import com.growthhub.media.TestImages;

/**
 * The event page without JavaScript: a team member is put on the list from the member picker, and the gallery shows
 * the media linked to the event and offers to start its photo collection, then to upload into it.
 */
class EventPagesTests extends IdentityTestSupport {

	@Test
	void aMemberIsAddedAsAnAttendeeAndTheGalleryShowsTheEventsPhotos() throws Exception {
		String ownerEmail = uniqueEmail("event-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("event-pages-member");
		String member = invitedMember(owner, memberEmail, "member");
		String memberId = api().get("/api/v1/me", member).text("id");
		String event = api().post("/api/v1/events", Map.of("title", "Summer gala", "type", "dinner", "venue", "Hall",
				"startsAt", "2027-06-01T18:00:00Z", "endsAt", "2027-06-01T23:00:00Z"), owner).text("id");

		BrowserSession pages = signedIn(ownerEmail);
		String page = pages.get("/events/" + event).body();
		assertThat(page).contains("data-testid=\"add-member-attendee\"", "data-testid=\"section-gallery\"",
				"No photos linked to this event yet", "data-testid=\"gallery-start\"");
		assertThat(pages.post("/events/" + event + "/attendees", Map.of("userId", memberId, "_csrf", BrowserSession.csrf(page)))
			.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/events/" + event + "/attendees", owner).body().path("items"))
			.extracting(a -> a.path("email").asString()).containsExactly(memberEmail);

		pages.post("/media/collections", Map.of("name", "Gala photos", "kind", "event_photos", "eventId", event, "_csrf",
				BrowserSession.csrf(page)));
		String collection = api().get("/api/v1/media/collections?kind=event_photos&eventId=" + event, owner).body()
			.path("items").get(0).path("id").asString();
		MediaApi media = new MediaApi(port);
		String photo = media.uploaded(owner, "toast.jpg", TestImages.jpeg(40, 30));
		assertThat(api().post("/api/v1/media/collections/" + collection + "/items", Map.of("mediaId", photo), owner).status())
			.isEqualTo(200);

		String withPhotos = pages.get("/events/" + event).body();
		assertThat(withPhotos).contains("data-testid=\"gallery-item\"", "/media/" + photo, "Gala photos",
				"/media?uploadTo=" + collection).doesNotContain("data-testid=\"gallery-start\"");
		assertThat(pages.get("/media?uploadTo=" + collection).body())
			.containsPattern("<option value=\"" + collection + "\" selected=\"selected\">Gala photos</option>");
		String item = pages.get("/media/" + photo).body();
		assertThat(item).contains("data-testid=\"linked-event\"", "Summer gala");
	}
}
