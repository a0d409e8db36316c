package co.gov.mineducacion.cooperation.office;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import co.gov.mineducacion.cooperation.offer.DocumentContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff download an offer's documents: always as an attachment with the type decided from
 * the content, never rendered inline by the browser. Every download is audited.
 */
@Controller
class OfferDocumentController {

	private final ReviewActions actions;

	OfferDocumentController(ReviewActions actions) {
		this.actions = actions;
	}

	@GetMapping("/admin/offers/{code}/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id) {
		DocumentContent document = this.actions.download(code, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(document.content());
	}

}
