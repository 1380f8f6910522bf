package com.growthhub.forms.internal;

import org.jspecify.annotations.Nullable;

/** How the form looks; custom CSS applies inside the form's container only (see {@link ScopedCss}). */
public record FormTheme(String primaryColor, String backgroundColor, String textColor, FontFamily fontFamily, Integer radius,
		String buttonText, @Nullable String customCss) {

	public static final FormTheme DEFAULT = new FormTheme("#0d6efd", "#ffffff", "#212529", FontFamily.SYSTEM, 6, "Send",
			null);

	public FormTheme {
		primaryColor = primaryColor == null ? "#0d6efd" : primaryColor;
		backgroundColor = backgroundColor == null ? "#ffffff" : backgroundColor;
		textColor = textColor == null ? "#212529" : textColor;
		fontFamily = fontFamily == null ? FontFamily.SYSTEM : fontFamily;
		radius = radius == null ? 6 : radius;
		buttonText = buttonText == null || buttonText.isBlank() ? "Send" : buttonText;
	}

	/** The variables {@code static/css/forms.css} reads, then the custom CSS kept inside the form's container. */
	public String stylesheet() {
		return ScopedCss.CONTAINER + "{--gh-primary:" + primaryColor + ";--gh-background:" + backgroundColor + ";--gh-text:"
				+ textColor + ";--gh-radius:" + radius + "px;--gh-font:" + fontFamily.css() + "}\n" + ScopedCss.scoped(customCss);
	}

	public enum FontFamily {
		SYSTEM("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"), SERIF("Georgia, 'Times New Roman', serif"),
		SANS_SERIF("Helvetica, Arial, sans-serif"), MONOSPACE("ui-monospace, Menlo, Consolas, monospace");

		private final String css;

		FontFamily(String css) {
			this.css = css;
		}

		public String css() {
			return css;
		}
	}
}
