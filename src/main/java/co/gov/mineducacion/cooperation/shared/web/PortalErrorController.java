package co.gov.mineducacion.cooperation.shared.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error answer of every page: the portal's HTML page for any {@code Accept}, curl's
 * and crawlers' {@code *}{@code /*} included; Spring Boot's JSON ({@code status},
 * {@code error}, {@code path}) only for a client that asks for JSON and nothing else.
 * Replaces Boot's {@code BasicErrorController}, which answers {@code *}{@code /*} with
 * JSON.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PortalErrorController extends AbstractErrorController {

	PortalErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers);
	}

	@RequestMapping
	Object error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		if (wantsJsonOnly(request)) {
			return (status == HttpStatus.NO_CONTENT) ? ResponseEntity.noContent().build()
					: ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(attributes);
		}
		response.setStatus(status.value());
		ModelAndView page = resolveErrorView(request, response, status, Collections.unmodifiableMap(attributes));
		return (page != null) ? page : new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", status);
	}

	/**
	 * Whether every type the client accepts is JSON: no wildcard, no HTML.
	 */
	static boolean wantsJsonOnly(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return !types.isEmpty() && types.stream()
				.allMatch((type) -> !type.isWildcardType() && !type.isWildcardSubtype()
						&& (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json")));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
