package com.growthhub.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * Who runs the PostgreSQL processes. PostgreSQL refuses to run as root, so a root JVM runs every
 * command as {@code nobody} through setpriv and hands the files the server needs over to it.
 */
record ProcessOwner(boolean dropsRoot) {

	static ProcessOwner current() {
		return new ProcessOwner(new UnixSystem().getUid() == 0);
	}

	List<String> command(List<String> command) {
		if (!dropsRoot) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
		wrapped.addAll(command);
		return wrapped;
	}

	/** Gives a file or directory to the server's user; a no-op unless we are root. */
	void handOver(Path path) throws IOException {
		if (!dropsRoot) {
			return;
		}
		var lookup = path.getFileSystem().getUserPrincipalLookupService();
		UserPrincipal nobody = lookup.lookupPrincipalByName("nobody");
		GroupPrincipal nogroup = lookup.lookupPrincipalByGroupName("nogroup");
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		view.setOwner(nobody);
		view.setGroup(nogroup);
	}

	/** A directory both we and the server's user can write temporary files to. */
	Path scratchDir() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}
}
