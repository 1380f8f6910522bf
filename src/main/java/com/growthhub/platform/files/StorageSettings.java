package com.growthhub.platform.files;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * File storage settings ({@code growthhub.storage.*}, or {@code GROWTHHUB_STORAGE_*} in the environment).
 *
 * @param quota how many bytes of files each organization may keep ({@code GROWTHHUB_STORAGE_QUOTA}, e.g. {@code 5GB})
 * @param s3 an S3-compatible store to keep the bytes in; the local disk ({@code GROWTHHUB_DATA_DIR/files}) when no
 * bucket is set
 */
@ConfigurationProperties("growthhub.storage")
public record StorageSettings(@DefaultValue("5GB") DataSize quota, @Nullable S3 s3) {

	/** Whether files go to an S3-compatible store rather than the local disk. */
	public boolean usesS3() {
		return s3 != null && s3.bucket() != null && !s3.bucket().isBlank();
	}

	/**
	 * @param endpoint the store's address ({@code GROWTHHUB_STORAGE_S3_ENDPOINT}), unset for AWS itself
	 * @param bucket the bucket ({@code GROWTHHUB_STORAGE_S3_BUCKET}); created at start-up when missing and allowed
	 * @param region the signing region ({@code GROWTHHUB_STORAGE_S3_REGION}), {@code us-east-1} by default
	 * @param accessKey with {@code secretKey}: the credentials ({@code GROWTHHUB_STORAGE_S3_ACCESS_KEY},
	 * {@code _SECRET_KEY}); unset for the SDK's default chain (instance roles, {@code AWS_*} variables)
	 * @param pathStyle {@code bucket} in the path rather than the host name ({@code GROWTHHUB_STORAGE_S3_PATH_STYLE}),
	 * which most self-hosted stores need
	 */
	public record S3(@Nullable URI endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyle) {

		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
		}
	}
}
