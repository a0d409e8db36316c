package co.gov.mineducacion.cooperation.site;

import java.time.Duration;

import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The marks of the Colombian State the pages show, served by the portal itself (no
 * outside host): the GOV.CO wordmark of the top bar and the CO mark of the footer. Each
 * comes from its setting ({@code portal.identity.govco-logo}, {@code .co-logo}), so the
 * office replaces the portal's drawing with the official file without a code change.
 */
@Controller
class IdentityMarksController {

	static final String GOVCO_LOGO = "/images/govco-logo";

	static final String CO_LOGO = "/images/co-logo";

	private final PortalProperties.Identity identity;

	IdentityMarksController(PortalProperties portal) {
		this.identity = portal.identity();
	}

	@GetMapping(GOVCO_LOGO)
	ResponseEntity<Resource> govcoLogo() {
		return mark(this.identity.govcoLogo());
	}

	@GetMapping(CO_LOGO)
	ResponseEntity<Resource> coLogo() {
		return mark(this.identity.coLogo());
	}

	private static ResponseEntity<Resource> mark(Resource file) {
		if (!file.isReadable()) {
			return ResponseEntity.notFound().build();
		}
		MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(file);
	}

}
