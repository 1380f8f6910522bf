package com.growthhub.forms.web;

import java.util.UUID;

/**
 * The embed snippet's script: inserts an iframe of the hosted page where the {@code <script>} tag stands, passes the
 * embedding page's address and referrer (for the hidden page_url and referrer fields), and sets the iframe's height
 * from the page's {@code gh-form:height} messages, accepted only from this server's origin and for this form.
 */
final class EmbedScript {

	private EmbedScript() {
	}

	static String of(String origin, UUID formId) {
		return """
				(function () {
				  var origin = %s, formId = %s;
				  var script = document.currentScript;
				  var frame = document.createElement('iframe');
				  var query = '?embed=1&page=' + encodeURIComponent(location.href) + '&ref=' + encodeURIComponent(document.referrer)
				    + location.search.replace(/^\\?/, '&');
				  frame.src = origin + '/f/' + formId + query;
				  frame.title = 'Form';
				  frame.loading = 'lazy';
				  frame.setAttribute('data-gh-form', formId);
				  frame.style.width = '100%%';
				  frame.style.border = '0';
				  frame.style.height = '480px';
				  script.parentNode.insertBefore(frame, script.nextSibling);
				  window.addEventListener('message', function (event) {
				    if (event.origin !== origin || !event.data || event.data.type !== 'gh-form:height' || event.data.formId !== formId) {
				      return;
				    }
				    frame.style.height = Math.max(120, Math.min(10000, Number(event.data.height) || 0)) + 'px';
				  });
				})();
				""".formatted(quote(origin), quote(formId.toString()));
	}

	private static String quote(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}
}
