package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notices a portal whose {@code portal.base-url} ({@code PORTAL_BASE_URL}) was left at a
 * loopback address while people reach it under another one: the links in emails,
 * certificates and open-data files would point to localhost. The first such request
 * writes one warning to the log; {@link #pointsElsewhere} lets a page tell its ADMINs.
 */
@Component
public class LocalhostBaseUrlWarning extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LocalhostBaseUrlWarning.class);

	private final boolean loopbackBaseUrl;

	private final URI baseUrl;

	private final AtomicBoolean warned = new AtomicBoolean();

	@Autowired
	public LocalhostBaseUrlWarning(PortalProperties properties) {
		this(properties.baseUrl());
	}

	LocalhostBaseUrlWarning(URI baseUrl) {
		this.baseUrl = baseUrl;
		this.loopbackBaseUrl = isLoopback(baseUrl.getHost());
	}

	/**
	 * Whether this request reached the portal under a name other than the loopback
	 * address its base URL names.
	 */
	public boolean pointsElsewhere(HttpServletRequest request) {
		return this.loopbackBaseUrl && !isLoopback(request.getServerName());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.warned.get() && pointsElsewhere(request) && this.warned.compareAndSet(false, true)) {
			log.warn(
					"The portal is reached as {} but portal.base-url is {}: links in emails, certificates and "
							+ "open-data files point to localhost. Set PORTAL_BASE_URL to the public address.",
					request.getServerName(), this.baseUrl);
		}
		chain.doFilter(request, response);
	}

	static boolean isLoopback(String host) {
		if (host == null || host.isEmpty()) {
			return true;
		}
		String name = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
		return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.") || name.equals("::1")
				|| name.equals("0:0:0:0:0:0:0:1");
	}

}
