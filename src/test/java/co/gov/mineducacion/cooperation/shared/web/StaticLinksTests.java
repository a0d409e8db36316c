package co.gov.mineducacion.cooperation.shared.web;

import org.junit.jupiter.api.Test;

import co.gov.mineducacion.cooperation.shared.web.StaticLinksConfiguration.StaticLinksEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

class StaticLinksTests {

	@Test
	void looksUpLinksToStylesheetsScriptsIconsAndWebJars() {
		assertThat(StaticLinksEncodingFilter.isStatic("/css/portal.css", "")).isTrue();
		assertThat(StaticLinksEncodingFilter.isStatic("/js/dashboard-charts.js", "")).isTrue();
		assertThat(StaticLinksEncodingFilter.isStatic("/favicon.svg", "")).isTrue();
		assertThat(StaticLinksEncodingFilter.isStatic("/webjars/chart.js/dist/chart.umd.min.js?v=1", "")).isTrue();
		assertThat(StaticLinksEncodingFilter.isStatic("/portal/css/portal.css", "/portal")).isTrue();
	}

	@Test
	void leavesLinksToPagesAsWritten() {
		assertThat(StaticLinksEncodingFilter.isStatic("/strategic-projects/PBM-COB-01", "")).isFalse();
		assertThat(StaticLinksEncodingFilter.isStatic("/how-to-cooperate?lang=en", "")).isFalse();
		assertThat(StaticLinksEncodingFilter.isStatic("/", "")).isFalse();
		// Served by a controller: the resource chain would miss them on every page.
		assertThat(StaticLinksEncodingFilter.isStatic("/images/govco-logo", "")).isFalse();
		assertThat(StaticLinksEncodingFilter.isStatic("https://www.mineducacion.gov.co/css/x.css", "")).isFalse();
		assertThat(StaticLinksEncodingFilter.isStatic("/css/portal.css", "/portal")).isFalse();
	}

}
