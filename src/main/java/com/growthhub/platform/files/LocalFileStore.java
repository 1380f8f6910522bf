package com.growthhub.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import com.growthhub.shared.Ids;

/**
 * Files in a folder of the local disk, {@code <data dir>/files/<key>}. A file is written under a temporary name
 * beside its place and moved there once complete, so a reader never sees half a file and a refused upload leaves
 * nothing. One node only, or a folder every node shares (NFS): several nodes want the S3 adapter.
 */
final class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return root;
	}

	@Override
	public long put(String key, InputStream content, long maxBytes, String contentType) {
		Path target = pathOf(key);
		Path partial = target.resolveSibling(target.getFileName() + "." + Ids.next() + ".partial");
		try {
			Files.createDirectories(target.getParent());
			LimitedInputStream limited = new LimitedInputStream(content, maxBytes);
			long written = Files.copy(limited, partial);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key, ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	@Override
	public InputStream get(String key, long start, long length) {
		try {
			FileChannel channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
			channel.position(start);
			return new RangeInputStream(Channels.newInputStream(channel), length);
		}
		catch (NoSuchFileException ex) {
			throw new FileNotFoundException();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(pathOf(key));
	}

	/** The application serves local files itself, through its own signed links. */
	@Override
	public Optional<URI> presignedUrl(String key, Duration expiresIn, String contentType, String fileName) {
		return Optional.empty();
	}

	/** Keys are made by the application ({@code <organization>/<id>}); one that leaves the folder is a bug. */
	private Path pathOf(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("Not a file key: " + key);
		}
		return path;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover .partial holds no file anyone can reach; the folder is the organization's anyway
		}
	}
}
