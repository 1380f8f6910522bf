package com.growthhub.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template of {@code templates/billing/} to PDF bytes, with the DejaVu Sans fonts shipped in
 * {@code fonts/} embedded (subset) so every currency sign and script prints the same on any machine. Invoices and
 * receipts share it and the {@code billing/pdf-layout} fragments, so they look alike. Templates may use {@code @beans}
 * ({@code @money.format(...)}) and {@code #messages}, but no {@code @{...}} links: there is no request.
 */
@Component
public class PdfDocuments {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;
	private final ApplicationContext application;
	private final byte[] regular;
	private final byte[] bold;

	PdfDocuments(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
		this.regular = font("fonts/DejaVuSans.ttf");
		this.bold = font("fonts/DejaVuSans-Bold.ttf");
	}

	/** The template {@code templateName} (e.g. {@code billing/receipt-pdf}) with {@code model}, as a PDF. */
	public byte[] render(String templateName, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		String html = templates.process(templateName, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public byte[] render(String templateName, Map<String, Object> model) {
		return render(templateName, model, Locale.ENGLISH);
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + path + " is missing from the application", ex);
		}
	}
}
