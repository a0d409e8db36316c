package co.gov.mineducacion.cooperation.shared.web;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A base URL left at localhost is noticed on the first request that reached the portal
 * under another name, and said once in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalhostBaseUrlWarningTests {

	static final String WARNING = "but portal.base-url is";

	@Test
	void warnsOnceWhenThePortalIsReachedUnderAnotherNameThanItsLocalhostBaseUrl(CapturedOutput output)
			throws Exception {
		LocalhostBaseUrlWarning warning = new LocalhostBaseUrlWarning(URI.create("http://localhost:8080"));
		pass(warning, "localhost");
		pass(warning, "127.0.0.1");
		assertThat(output.getOut() + output.getErr()).doesNotContain(WARNING);
		pass(warning, "cooperacion.mineducacion.gov.co");
		pass(warning, "10.2.3.4");
		String log = output.getOut() + output.getErr();
		assertThat(log.split(WARNING, -1)).hasSize(2);
		assertThat(log).contains("The portal is reached as cooperacion.mineducacion.gov.co", "PORTAL_BASE_URL");
		assertThat(warning.pointsElsewhere(request("cooperacion.mineducacion.gov.co"))).isTrue();
		assertThat(warning.pointsElsewhere(request("localhost"))).isFalse();
	}

	@Test
	void saysNothingOnceTheBaseUrlIsThePublicAddress(CapturedOutput output) throws Exception {
		LocalhostBaseUrlWarning warning = new LocalhostBaseUrlWarning(
				URI.create("https://cooperacion.mineducacion.gov.co"));
		pass(warning, "cooperacion.mineducacion.gov.co");
		pass(warning, "otra.mineducacion.gov.co");
		assertThat(output.getOut() + output.getErr()).doesNotContain(WARNING);
		assertThat(warning.pointsElsewhere(request("otra.mineducacion.gov.co"))).isFalse();
	}

	@Test
	void knowsTheLoopbackNames() {
		assertThat(LocalhostBaseUrlWarning.isLoopback("localhost")).isTrue();
		assertThat(LocalhostBaseUrlWarning.isLoopback("LOCALHOST")).isTrue();
		assertThat(LocalhostBaseUrlWarning.isLoopback("127.0.1.1")).isTrue();
		assertThat(LocalhostBaseUrlWarning.isLoopback("[::1]")).isTrue();
		assertThat(LocalhostBaseUrlWarning.isLoopback("localhost.mineducacion.gov.co")).isFalse();
		assertThat(LocalhostBaseUrlWarning.isLoopback("192.168.1.10")).isFalse();
	}

	private static void pass(LocalhostBaseUrlWarning warning, String host) throws Exception {
		warning.doFilter(request(host), new MockHttpServletResponse(), new MockFilterChain());
	}

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/open-data");
		request.setServerName(host);
		return request;
	}

}
