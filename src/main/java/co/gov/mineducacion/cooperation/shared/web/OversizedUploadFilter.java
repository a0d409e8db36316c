package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a form post larger than the container accepts (a document over
 * {@code spring.servlet.multipart.max-file-size}, a post over {@code max-request-size})
 * or with more parts than {@code server.tomcat.max-part-count}, with 413 and the portal's
 * page in the visitor's language. Without it the security filter reads the CSRF token
 * from a body the container refused, and the visitor gets the container's bare error
 * page. The portal's own 10 MB rule is checked later, with a message beside the field.
 */
@Component
class OversizedUploadFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Before the session and security filters, which would read the body first.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	static final String PAGE = "error/413";

	private static final Logger logger = LoggerFactory.getLogger(OversizedUploadFilter.class);

	private final FilterPages pages;

	OversizedUploadFilter(FilterPages pages) {
		this.pages = pages;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipartPost(request)) {
			try {
				// The container reads and keeps the parts once; later readers get them as
				// they are.
				request.getParts();
			}
			catch (IllegalStateException | ServletException ex) {
				if (isTooLarge(ex)) {
					logger.info("Refused an oversized post to {} ({} bytes declared)", request.getRequestURI(),
							request.getContentLengthLong());
					answer(request, response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipartPost(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/**
	 * Whether the container refused the body for its size (Tomcat names its reasons
	 * {@code FileSizeLimitExceededException} and {@code SizeLimitExceededException}), or
	 * for its number of parts ({@code FileCountLimitExceededException}).
	 */
	static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String name = cause.getClass().getSimpleName();
			String message = Objects.toString(cause.getMessage(), "").toLowerCase(Locale.ROOT);
			if (name.contains("SizeLimitExceeded") || name.equals("SizeException")
					|| name.contains("CountLimitExceeded")
					|| (message.contains("exceed") && (message.contains("size") || message.contains("maximum")))) {
				return true;
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// The rest of the body is not read: the browser must not reuse the connection.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		this.pages.render(PAGE, Map.of(), request, response);
	}

}
