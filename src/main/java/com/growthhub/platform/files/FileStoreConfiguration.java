package com.growthhub.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.growthhub.platform.PlatformSettings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The local disk, unless an S3 bucket is configured. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FileStoreConfiguration.class);

	@Bean
	FileStore fileStore(StorageSettings settings, PlatformSettings platform) {
		if (!settings.usesS3()) {
			LocalFileStore local = new LocalFileStore(platform.dataDir().resolve("files"));
			log.info("Files are kept on the local disk in {}", local.root());
			return local;
		}
		StorageSettings.S3 s3 = settings.s3();
		S3FileStore store = s3Store(s3);
		store.ensureBucket();
		log.info("Files are kept in the S3 bucket {} at {}", s3.bucket(), s3.endpoint() == null ? "AWS" : s3.endpoint());
		return store;
	}

	static S3FileStore s3Store(StorageSettings.S3 s3) {
		AwsCredentialsProvider credentials = s3.accessKey() == null || s3.accessKey().isBlank()
				? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), String.valueOf(s3.secretKey())));
		var clientBuilder = S3Client.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(s3.pathStyle())
			// Checksums only where S3 requires them: many S3-compatible stores reject the newer default headers.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		var presignerBuilder = S3Presigner.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
		if (s3.endpoint() != null) {
			clientBuilder.endpointOverride(s3.endpoint());
			presignerBuilder.endpointOverride(s3.endpoint());
		}
		return new S3FileStore(clientBuilder.build(), presignerBuilder.build(), String.valueOf(s3.bucket()));
	}
}
