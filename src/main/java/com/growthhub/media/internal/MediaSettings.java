package com.growthhub.media.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code growthhub.media.*}.
 *
 * @param maxFileSize the largest upload the library keeps; larger ones are refused with 413 while streaming
 * @param webSize the longest side of the web-sized version of an image or video poster, in pixels
 * @param thumbSize the longest side of a thumbnail, in pixels
 * @param maxPixels images with more pixels than this fail instead of being decoded (a decompression bomb)
 * @param ffmpeg the ffmpeg program (a name on the PATH or a path); without it videos get no poster frame
 * @param ffprobe the ffprobe program; without it videos and audio get no duration
 * @param commandTimeout how long one ffmpeg or ffprobe run may take
 */
@ConfigurationProperties("growthhub.media")
public record MediaSettings(@DefaultValue("1GB") DataSize maxFileSize, @DefaultValue("1600") int webSize,
		@DefaultValue("320") int thumbSize, @DefaultValue("120000000") long maxPixels,
		@DefaultValue("ffmpeg") String ffmpeg, @DefaultValue("ffprobe") String ffprobe,
		@DefaultValue("2m") Duration commandTimeout) {
}
