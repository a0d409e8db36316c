package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters cannot be read (an invalid percent-escape such as
 * {@code %FF}, an empty parameter name, a body over the container's limits) with 400 and
 * the portal's page, before any other filter asks for a parameter and turns the
 * container's refusal into a stack trace. The log gets one line without what was sent, so
 * no request can fill the disk or forge a log line.
 */
@Component
class MalformedRequestFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Right after the oversized-upload answer, which reads multipart bodies first.
	 */
	static final int ORDER = OversizedUploadFilter.ORDER + 1;

	private static final Logger logger = LoggerFactory.getLogger(MalformedRequestFilter.class);

	private final FilterPages pages;

	MalformedRequestFilter(FilterPages pages) {
		this.pages = pages;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			int status = (ex.getErrorCode() >= 400) ? ex.getErrorCode() : HttpStatus.BAD_REQUEST.value();
			logger.info("Refused a bad request: {} with parameters that cannot be read (answered {})",
					request.getMethod(), status);
			response.setStatus(status);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			this.pages.renderAway((status == 413) ? OversizedUploadFilter.PAGE : FilterPages.BAD_REQUEST, request,
					response);
			return;
		}
		chain.doFilter(request, response);
	}

}
