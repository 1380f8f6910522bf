package com.growthhub.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL distribution shipped in the zonky binaries jar, unpacked once per machine into a
 * directory that an unprivileged user can traverse (so it also works when the JVM runs as root).
 */
final class PostgresBinaries {

	private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

	private PostgresBinaries() {
	}

	static Path install(Path baseDir) {
		URL archive = PostgresBinaries.class.getResource(ARCHIVE);
		if (archive == null) {
			throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
		}
		try {
			byte[] bytes;
			try (InputStream in = archive.openStream()) {
				bytes = in.readAllBytes();
			}
			Path target = baseDir.resolve("pg-" + fingerprint(bytes));
			Path marker = target.resolve(".complete");
			if (Files.exists(marker)) {
				return target;
			}
			Files.createDirectories(baseDir);
			makeTraversable(baseDir);
			try (FileChannel lock = FileChannel.open(baseDir.resolve(target.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); var ignored = lock.lock()) {
				if (!Files.exists(marker)) {
					extract(bytes, target);
					Files.createFile(marker);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack PostgreSQL into " + baseDir, ex);
		}
	}

	private static String fingerprint(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return HexFormat.of().toHexDigits((int) crc.getValue()) + "-" + bytes.length;
	}

	private static void extract(byte[] bytes, Path target) throws IOException {
		Files.createDirectories(target);
		makeTraversable(target);
		try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new java.io.ByteArrayInputStream(bytes)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path out = target.resolve(entry.getName()).normalize();
				if (!out.startsWith(target)) {
					throw new IOException("Archive entry escapes the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(out.getParent());
					Files.deleteIfExists(out);
					Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
					continue;
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(tar, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
				Files.setPosixFilePermissions(out, permissions(entry.getMode()));
			}
		}
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		// Everyone may read and execute: the server may run as "nobody" while the files belong to root.
		boolean executable = (mode & 0111) != 0;
		return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
	}

	static void makeTraversable(Path dir) throws IOException {
		Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
		perms.add(PosixFilePermission.OTHERS_EXECUTE);
		perms.add(PosixFilePermission.OTHERS_READ);
		perms.add(PosixFilePermission.GROUP_EXECUTE);
		perms.add(PosixFilePermission.GROUP_READ);
		Files.setPosixFilePermissions(dir, perms);
	}
}
