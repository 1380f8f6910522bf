package com.growthhub.media.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/** Turns an upload in a work directory into what {@link Processed} holds, by the item's type. */
@Component
class Renderers {

	private final ImageRenditions images;
	private final LocationRemoval locations;
	private final VideoTools video;

	Renderers(ImageRenditions images, LocationRemoval locations, VideoTools video) {
		this.images = images;
		this.locations = locations;
		this.video = video;
	}

	Processed render(MediaType type, String contentType, Path upload, Path work) throws UnreadableMediaException, IOException {
		return switch (type) {
			case IMAGE -> image(contentType, upload, work);
			case VIDEO -> video(upload, work);
			case AUDIO -> audio(upload);
			case DOCUMENT -> Processed.NOTHING;
		};
	}

	private Processed image(String contentType, Path upload, Path work) throws UnreadableMediaException, IOException {
		ImageRenditions.Result result = images.render(upload, work);
		Rendition original = locations.withoutLocation(upload, contentType, work).orElse(null);
		return new Processed(result.web(), result.thumb(), original, result.width(), result.height(), null);
	}

	/** A poster from one second in (or the middle of a shorter video), when ffmpeg is installed. */
	private Processed video(Path upload, Path work) throws UnreadableMediaException, IOException {
		Optional<VideoTools.Probe> probe = video.probe(upload);
		if (probe.isEmpty()) {
			return Processed.NOTHING;
		}
		VideoTools.Probe found = probe.get();
		Long duration = found.durationMs() > 0 ? found.durationMs() : null;
		Integer width = found.width() > 0 ? found.width() : null;
		Integer height = found.height() > 0 ? found.height() : null;
		if (!found.hasVideo()) {
			return new Processed(null, null, null, null, null, duration);
		}
		long at = found.durationMs() > 0 ? Math.min(1000, found.durationMs() / 2) : 0;
		Optional<Path> poster = video.poster(upload, at, work.resolve("poster.jpg"));
		BufferedImage frame = poster.isPresent() ? ImageIO.read(poster.get().toFile()) : null;
		if (frame == null) {
			return new Processed(null, null, null, width, height, duration);
		}
		ImageRenditions.Result result = images.render(frame, work);
		return new Processed(result.web(), result.thumb(), null, width, height, duration);
	}

	private Processed audio(Path upload) throws UnreadableMediaException, IOException {
		Long duration = video.probe(upload).map(VideoTools.Probe::durationMs).filter(ms -> ms > 0).orElse(null);
		return new Processed(null, null, null, null, null, duration);
	}
}
