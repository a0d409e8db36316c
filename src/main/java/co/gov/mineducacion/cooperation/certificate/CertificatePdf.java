package co.gov.mineducacion.cooperation.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.publication.OfficeIdentityService;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes a certificate as a bilingual PDF: the Thymeleaf template
 * {@code certificate/pdf.html} rendered to tagged PDF (PDF/UA) by Open HTML to PDF, with
 * the DejaVu Sans fonts of the portal's own resources embedded.
 */
@Component
class CertificatePdf {

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final CatalogService catalog;

	private final OfficeIdentityService identity;

	private final PortalProperties properties;

	CertificatePdf(ITemplateEngine templates, MessageSource messages, CatalogService catalog,
			OfficeIdentityService identity, PortalProperties properties) {
		this.templates = templates;
		this.messages = messages;
		this.catalog = catalog;
		this.identity = identity;
		this.properties = properties;
	}

	byte[] render(CertificateView certificate) {
		Context context = new Context(Languages.SPANISH);
		context.setVariable("certificate", certificate);
		context.setVariable("es", text(certificate, Languages.SPANISH));
		context.setVariable("en", text(certificate, Locale.ENGLISH));
		context.setVariable("email", this.identity.settings().institutionalEmail());
		context.setVariable("verifyUrl", verificationUrl(certificate.code()));
		String html = this.templates.process("certificate/pdf", context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, verificationUrl(""));
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the certificate " + certificate.code(), ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The certificate's facts in one language, for its PDF and its verification page.
	 */
	CertificateText text(CertificateView certificate, Locale locale) {
		Map<String, String> ways = this.catalog.actionTypes(locale)
			.stream()
			.collect(Collectors.toMap(ActionTypeView::code, ActionTypeView::shortName));
		return CertificateText.of(certificate, locale, ways, this.messages);
	}

	String verificationUrl(String code) {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl()).path("/certificates/").path(code).toUriString();
	}

	private static InputStream font(String file) {
		InputStream font = CertificatePdf.class.getResourceAsStream("/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("The font " + file + " is missing from the portal's resources");
		}
		return font;
	}

}
