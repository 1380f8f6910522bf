package com.growthhub.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a video's or a recording's length and size with {@code ffprobe} and takes a poster frame with {@code ffmpeg}
 * (Debian's {@code ffmpeg} package), when they are installed. Without them an item simply has no duration and no
 * poster; whether they are there is checked once, at the first use.
 */
@Component
class VideoTools {

	private static final Logger log = LoggerFactory.getLogger(VideoTools.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MediaSettings settings;
	private volatile @Nullable Boolean installed;

	VideoTools(MediaSettings settings) {
		this.settings = settings;
	}

	/** What ffprobe says: the length in milliseconds and, for a video, its upright size; zeros where it does not say. */
	record Probe(long durationMs, int width, int height, boolean hasVideo) {
	}

	boolean installed() {
		Boolean known = installed;
		if (known == null) {
			known = works(settings.ffprobe()) && works(settings.ffmpeg());
			installed = known;
			if (!known) {
				log.info("ffmpeg/ffprobe not found ({} / {}): videos will have no poster and no duration",
						settings.ffmpeg(), settings.ffprobe());
			}
		}
		return known;
	}

	private boolean works(String program) {
		try {
			return ExternalProgram.run(List.of(program, "-version"), settings.commandTimeout()).succeeded();
		}
		catch (IOException ex) {
			return false;
		}
	}

	Optional<Probe> probe(Path file) throws UnreadableMediaException, IOException {
		if (!installed()) {
			return Optional.empty();
		}
		ExternalProgram.Result result = ExternalProgram.run(List.of(settings.ffprobe(), "-v", "error", "-print_format",
				"json", "-show_format", "-show_streams", file.toString()), settings.commandTimeout());
		if (!result.succeeded()) {
			throw new UnreadableMediaException("The recording could not be read; the file may be damaged.");
		}
		JsonNode root = JSON.readTree(result.output());
		long duration = Math.round(root.path("format").path("duration").asDouble(0) * 1000);
		for (JsonNode stream : root.path("streams")) {
			if (stream.path("codec_type").asString("").equals("video")
					&& stream.path("disposition").path("attached_pic").asInt(0) == 0) {
				int width = stream.path("width").asInt(0);
				int height = stream.path("height").asInt(0);
				boolean sideways = Math.abs(rotation(stream)) % 180 == 90;
				return Optional.of(new Probe(duration, sideways ? height : width, sideways ? width : height, true));
			}
		}
		return Optional.of(new Probe(duration, 0, 0, false));
	}

	/** Phones record upright video as sideways frames plus a rotation, in the display matrix or an old tag. */
	private static int rotation(JsonNode stream) {
		for (JsonNode side : stream.path("side_data_list")) {
			if (side.has("rotation")) {
				return side.path("rotation").asInt(0);
			}
		}
		return stream.path("tags").path("rotate").asInt(0);
	}

	/**
	 * A JPEG of the frame at {@code atMs} (ffmpeg turns it upright), or empty when ffmpeg is missing or the video has no
	 * frame there.
	 */
	Optional<Path> poster(Path video, long atMs, Path target) throws IOException {
		if (!installed()) {
			return Optional.empty();
		}
		ExternalProgram.Result result = ExternalProgram.run(List.of(settings.ffmpeg(), "-v", "error", "-y", "-ss",
				String.format(java.util.Locale.ROOT, "%.3f", atMs / 1000.0), "-i", video.toString(), "-frames:v", "1",
				"-q:v", "3", target.toString()), settings.commandTimeout());
		if (!result.succeeded() || !Files.isRegularFile(target) || Files.size(target) == 0) {
			return Optional.empty();
		}
		return Optional.of(target);
	}
}
