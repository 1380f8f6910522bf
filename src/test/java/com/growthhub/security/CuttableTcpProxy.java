package com.growthhub.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in the test's JVM between the application and its database, that can be cut (every connection
 * dropped, new ones refused, as when the database host goes away) and restored on the same port.
 */
final class CuttableTcpProxy implements AutoCloseable {

	private final int targetPort;
	private final int port;
	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
	private volatile ServerSocket server;

	CuttableTcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = server.getLocalPort();
		accept(server);
	}

	int port() {
		return port;
	}

	synchronized void cut() throws IOException {
		server.close();
		for (Socket socket : sockets) {
			socket.close();
		}
		sockets.clear();
	}

	synchronized void restore() throws IOException {
		server = listen(port);
		accept(server);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress("127.0.0.1", port));
		return socket;
	}

	private void accept(ServerSocket listening) {
		Thread.ofVirtual().start(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket database = new Socket("127.0.0.1", targetPort);
					sockets.add(client);
					sockets.add(database);
					pump(client, database);
					pump(database, client);
				}
				catch (IOException closed) {
					return;
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException dropped) {
				// One side went away: the other follows.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// Already closed.
		}
	}
}
