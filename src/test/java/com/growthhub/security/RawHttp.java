package com.growthhub.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * HTTP/1.1 written byte by byte on a socket, for requests no well-behaved client sends: undecodable query strings,
 * chunked bodies far over the limit, truncated multipart, forged Host headers.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Answer(int status, String head, String body) {

		String header(String name) {
			for (String line : head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return "";
		}

		boolean isProblem() {
			return header("Content-Type").toLowerCase(Locale.ROOT).startsWith("application/problem+json");
		}
	}

	static Answer send(int port, String head, byte[] body) throws IOException {
		return send(port, head, out -> write(out, body));
	}

	/** Sends the head (request line and headers, without the blank line) then whatever {@code body} writes. */
	static Answer send(int port, String head, Consumer<OutputStream> body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			try {
				body.accept(out);
				out.flush();
				socket.shutdownOutput();
			}
			catch (RuntimeException ex) {
				if (!(ex.getCause() instanceof SocketException)) {
					throw ex;
				}
				// The server answered and closed while the body was still being sent: read what it said.
			}
			return read(socket.getInputStream());
		}
	}

	static void write(OutputStream out, byte[] bytes) {
		try {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new RuntimeException(ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		try {
			in.transferTo(all);
		}
		catch (SocketException ex) {
			// A reset after the answer was written still leaves the answer readable.
		}
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String body = end < 0 ? "" : text.substring(end + 4);
		String[] statusLine = head.split(" ", 3);
		int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
		return new Answer(status, head, body);
	}
}
