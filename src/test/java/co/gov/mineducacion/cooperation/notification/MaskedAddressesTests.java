package co.gov.mineducacion.cooperation.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedAddressesTests {

	@Test
	void keepsTheFirstTwoLettersAndTheDomain() {
		assertThat(MaskedAddresses.mask("ana.restrepo@fundacion.org")).isEqualTo("an***@fundacion.org");
	}

	@Test
	void hidesAShortNameWhole() {
		assertThat(MaskedAddresses.mask("a@x.org")).isEqualTo("***@x.org");
		assertThat(MaskedAddresses.mask("ab@x.org")).isEqualTo("a***@x.org");
	}

	@Test
	void masksEveryAddressQuotedInAnErrorMessage() {
		assertThat(
				MaskedAddresses.mask("550 5.1.1 <ana+oferta@fundacion.org>: Recipient address rejected; cc ben@x.co"))
			.isEqualTo("550 5.1.1 <an***@fundacion.org>: Recipient address rejected; cc be***@x.co");
	}

	@Test
	void leavesTextWithoutAddressesAlone() {
		assertThat(MaskedAddresses.mask("Connection refused")).isEqualTo("Connection refused");
		assertThat(MaskedAddresses.mask(null)).isNull();
	}

}
