package co.gov.mineducacion.cooperation.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.security.TokenSigner;
import co.gov.mineducacion.cooperation.shared.security.VisitorCookie;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes that cost a visitor without a session no session row. Staff (and
 * anyone else who has a session) keep them in the session, as Spring MVC does. A visitor
 * without one (the cooperator who has just filed an offer, or answered the office from
 * the status page) gets them in a short-lived HttpOnly cookie signed with
 * {@link TokenSigner}, read back and cleared by the page the redirect leads to. Only text
 * travels that way, and only as much as fits a cookie; anything else goes to the session.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class VisitorFlashMapManager extends SessionFlashMapManager {

	/** The cookie's name over plain http (development, tests). */
	static final String COOKIE = "portal-flash";

	/** The cookie, {@code __Host-} prefixed over https. */
	private static final VisitorCookie FLASH_COOKIE = new VisitorCookie(COOKIE);

	static final String PURPOSE = "flash";

	/** The longest signed value {@link TokenSigner#verify} accepts. */
	private static final int MAX_TOKEN = 512;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StoredFlash>> STORED = new TypeReference<>() {
	};

	private final TokenSigner signer;

	VisitorFlashMapManager(TokenSigner signer) {
		this.signer = signer;
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		List<FlashMap> inSession = (request.getSession(false) != null) ? super.retrieveFlashMaps(request) : null;
		List<FlashMap> inCookie = fromCookie(request);
		if (inCookie.isEmpty()) {
			return inSession;
		}
		List<FlashMap> all = new ArrayList<>(inCookie);
		if (inSession != null) {
			all.addAll(inSession);
		}
		return all;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		boolean hadCookie = FLASH_COOKIE.find(request) != null;
		Optional<String> token = (request.getSession(false) == null) ? toToken(flashMaps) : Optional.empty();
		if (token.isPresent()) {
			FLASH_COOKIE.write(request, response, token.get(), Duration.ofSeconds(getFlashMapTimeout()));
			return;
		}
		if (hadCookie) {
			FLASH_COOKIE.clear(request, response);
		}
		if (!flashMaps.isEmpty() || request.getSession(false) != null) {
			super.updateFlashMaps(flashMaps, request, response);
		}
	}

	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		// The cookie belongs to one browser; only the session's list needs a lock.
		return (request.getSession(false) != null) ? super.getFlashMapsMutex(request) : null;
	}

	/**
	 * The signed cookie value holding these flash maps, when there are any, they hold
	 * nothing but text and they fit.
	 */
	private Optional<String> toToken(List<FlashMap> flashMaps) {
		if (flashMaps.isEmpty()) {
			return Optional.empty();
		}
		List<StoredFlash> stored = new ArrayList<>();
		for (FlashMap flashMap : flashMaps) {
			Map<String, String> attributes = new LinkedHashMap<>();
			for (Map.Entry<String, Object> attribute : flashMap.entrySet()) {
				if (!(attribute.getValue() instanceof String text)) {
					return Optional.empty();
				}
				attributes.put(attribute.getKey(), text);
			}
			stored.add(new StoredFlash(flashMap.getTargetRequestPath(), Map.copyOf(flashMap.getTargetRequestParams()),
					flashMap.getExpirationTime(), attributes));
		}
		String token = this.signer.sign(PURPOSE, JSON.writeValueAsString(stored),
				Duration.ofSeconds(getFlashMapTimeout()));
		return (token.length() <= MAX_TOKEN) ? Optional.of(token) : Optional.empty();
	}

	private List<FlashMap> fromCookie(HttpServletRequest request) {
		Cookie cookie = FLASH_COOKIE.find(request);
		if (cookie == null) {
			return List.of();
		}
		Optional<String> json = this.signer.verify(PURPOSE, cookie.getValue());
		if (json.isEmpty()) {
			return List.of();
		}
		try {
			List<FlashMap> flashMaps = new ArrayList<>();
			for (StoredFlash stored : JSON.readValue(json.get(), STORED)) {
				flashMaps.add(stored.toFlashMap());
			}
			return flashMaps;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return List.of();
		}
	}

	/**
	 * Whether the request brings flash attributes in the cookie (it follows a redirect
	 * that left them, such as the confirmation of a filed offer).
	 */
	static boolean bringsFlash(HttpServletRequest request) {
		return FLASH_COOKIE.find(request) != null;
	}

	/**
	 * One flash map as the cookie carries it.
	 */
	record StoredFlash(String path, Map<String, List<String>> params, long expires, Map<String, String> attributes) {

		FlashMap toFlashMap() {
			FlashMap flashMap = new FlashMap();
			flashMap.setTargetRequestPath(this.path);
			if (this.params != null) {
				flashMap.addTargetRequestParams(new LinkedMultiValueMap<>(this.params));
			}
			flashMap.setExpirationTime(this.expires);
			if (this.attributes != null) {
				flashMap.putAll(this.attributes);
			}
			return flashMap;
		}

	}

}
