package co.gov.mineducacion.cooperation.test;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One visitor's session cookie across MockMvc requests, as a browser keeps it. Sessions
 * live in PostgreSQL (Spring Session JDBC), so a test follows a visitor by the
 * {@code SESSION} cookie, not by a {@code MockHttpSession}: send with
 * {@code .with(visitor)}, and let the visitor read each answer with
 * {@code .andDo(visitor)}.
 */
public final class Visitor implements RequestPostProcessor, ResultHandler {

	private Cookie session;

	private boolean ended;

	/** A visitor whose session cookie comes from the given response. */
	public static Visitor from(MvcResult result) {
		Visitor visitor = new Visitor();
		visitor.handle(result);
		return visitor;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.session != null) {
			request.setCookies(this.session);
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.ended = cookie.getMaxAge() == 0;
			this.session = this.ended ? null : cookie;
		}
	}

	/** The session cookie's value, or null without a session. */
	public String sessionId() {
		return (this.session != null) ? this.session.getValue() : null;
	}

	/** Whether the server ended the visitor's session (the cookie was expired). */
	public boolean sessionEnded() {
		return this.ended;
	}

}
