package co.gov.mineducacion.cooperation.offer;

import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.security.TokenSigner;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The private, signed and expiring links that open an offer's status page without typing.
 */
@Component
class StatusLinks {

	private static final String PURPOSE = "offer-status";

	private final TokenSigner signer;

	private final PortalProperties properties;

	StatusLinks(TokenSigner signer, PortalProperties properties) {
		this.signer = signer;
		this.properties = properties;
	}

	String token(String trackingCode) {
		return this.signer.sign(PURPOSE, trackingCode, this.properties.offers().statusLinkValidity());
	}

	String url(String trackingCode) {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.path("/offers/status/{token}")
			.buildAndExpand(token(trackingCode))
			.toUriString();
	}

	Optional<String> trackingCode(String token) {
		return this.signer.verify(PURPOSE, token);
	}

}
