package co.gov.mineducacion.cooperation;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featuresOnlyUseEachOthersPublishedTypes() {
		ApplicationModules.of(CooperationPortalApplication.class).verify();
	}

}
