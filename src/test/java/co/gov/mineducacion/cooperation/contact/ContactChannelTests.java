package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContactChannelTests {

	private static final Bilingual LABEL = new Bilingual("Correo de la Oficina", "Office email");

	@Test
	void linksAnEmailChannelWithMailtoAndAPhoneWithTel() {
		assertThat(ContactChannel.open("OCI_EMAIL", email("oci@mineducacion.gov.co")).href())
			.isEqualTo("mailto:oci@mineducacion.gov.co");
		assertThat(ContactChannel.open("OCI_LINE", phone("+576012222800")).href()).isEqualTo("tel:+576012222800");
		assertThat(ContactChannel.open("OCI_LINE", phone(null)).href()).isNull();
	}

	@Test
	void refusesWhatItsKindCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContactChannel.open("X", email("no es un correo")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ContactChannel.open("X", new ChannelDraft(ContactUnit.CITIZEN_CARE,
					ChannelKind.MAILING_ADDRESS, LABEL, "Calle 43", "6012222800", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> ContactChannel.open("X", phone("12-34")));
	}

	@Test
	void saysWhetherARevisionChangedAnything() {
		ContactChannel channel = ContactChannel.open("OCI_EMAIL", email("oci@mineducacion.gov.co"));
		assertThat(channel.revise(email("oci@mineducacion.gov.co"))).isFalse();
		assertThat(channel.revise(email("cooperacion@mineducacion.gov.co"))).isTrue();
	}

	@Test
	void isRetiredAndRestoredOnceEach() {
		ContactChannel channel = ContactChannel.open("OCI_EMAIL", email("oci@mineducacion.gov.co"));
		channel.retire();
		assertThatIllegalStateException().isThrownBy(channel::retire);
		channel.restore();
		assertThat(channel.isRetired()).isFalse();
	}

	private static ChannelDraft email(String value) {
		return new ChannelDraft(ContactUnit.COOPERATION_OFFICE, ChannelKind.EMAIL, LABEL, value, null, 6);
	}

	private static ChannelDraft phone(String dial) {
		return new ChannelDraft(ContactUnit.COOPERATION_OFFICE, ChannelKind.PHONE, LABEL, "(571) 222 2800", dial, 6);
	}

}
