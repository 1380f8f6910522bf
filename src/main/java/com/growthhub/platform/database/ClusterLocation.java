package com.growthhub.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the PostgreSQL cluster of a data directory lives: {@code DATA_DIR/postgres}. When the JVM
 * runs as root inside a directory that {@code nobody} cannot traverse (such as anything under the
 * 0700 {@code /root}), the cluster lives in {@code /var/lib/growthhub/clusters} and
 * {@code DATA_DIR/postgres} is a symbolic link to it.
 */
final class ClusterLocation {

	private static final Logger log = LoggerFactory.getLogger(ClusterLocation.class);
	private static final Path SHARED_ROOT = Path.of("/var/lib/growthhub/clusters");

	private ClusterLocation() {
	}

	static Path resolve(Path dataDir, ProcessOwner owner) throws IOException {
		Path link = dataDir.resolve("postgres");
		Path cluster = link;
		if (Files.isSymbolicLink(link)) {
			cluster = Files.readSymbolicLink(link);
		}
		else if (owner.dropsRoot() && !traversableByOthers(dataDir)) {
			String key = HexFormat.of().formatHex(sha256(dataDir.toString())).substring(0, 24);
			cluster = SHARED_ROOT.resolve(key);
			Files.createDirectories(SHARED_ROOT);
			PostgresBinaries.makeTraversable(SHARED_ROOT.getParent());
			PostgresBinaries.makeTraversable(SHARED_ROOT);
			Files.createSymbolicLink(link, cluster);
			log.info("{} is not reachable by the 'nobody' user that runs PostgreSQL; the cluster lives in {}", dataDir,
					cluster);
		}
		if (!Files.exists(cluster)) {
			Files.createDirectories(cluster);
			Files.setPosixFilePermissions(cluster, Set.of(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
		}
		owner.handOver(cluster);
		return cluster;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean traversableByOthers(Path dir) throws IOException {
		for (Path p = dir; p != null; p = p.getParent()) {
			if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return false;
			}
		}
		return true;
	}
}
