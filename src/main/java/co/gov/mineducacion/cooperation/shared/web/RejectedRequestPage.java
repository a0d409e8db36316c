package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses (an encoded dot segment or slash Tomcat let
 * through, a forbidden character): 400 with the portal's page and its security headers,
 * and one log line without what was sent, instead of an exception and a stack trace.
 */
@Component
class RejectedRequestPage implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(RejectedRequestPage.class);

	private final FilterPages pages;

	RejectedRequestPage(FilterPages pages) {
		this.pages = pages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException, ServletException {
		logger.info("Refused a bad request: {} to an address the firewall does not accept (answered 400)",
				request.getMethod());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.pages.renderAway(FilterPages.BAD_REQUEST, request, response);
	}

}
