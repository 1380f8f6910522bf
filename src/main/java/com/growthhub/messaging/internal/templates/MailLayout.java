package com.growthhub.messaging.internal.templates;

/** The frame around every email's content; not editable, so the footer telling why the mail came stays. */
final class MailLayout {

	private static final String FRAME = """
			<!DOCTYPE html>
			<html>
			<head><meta charset="UTF-8"><title>GrowthHub</title></head>
			<body style="margin:0;padding:24px;background:#f4f6fb;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2937">
			<table role="presentation" width="100%%" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;padding:32px">
			  <tr><td>
			    <p style="font-weight:700;font-size:18px;color:#4f46e5;margin:0 0 24px">GrowthHub</p>
			%s
			    <p style="font-size:12px;color:#6b7280;margin-top:32px">You received this email because of an action on GrowthHub. If it was not you, you can ignore it.</p>
			  </td></tr>
			</table>
			</body>
			</html>
			""";

	private MailLayout() {
	}

	static String wrap(String content) {
		return FRAME.formatted(content);
	}
}
