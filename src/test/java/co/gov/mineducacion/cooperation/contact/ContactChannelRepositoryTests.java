package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@RepositoryTest
class ContactChannelRepositoryTests {

	@Autowired
	ContactChannelRepository channels;

	@Test
	void publishesTheSeedsChannelsCharacterForCharacter() {
		assertThat(this.channels.findAllByOrderByPosition())
			.extracting(ContactChannel::code, ContactChannel::unit, ContactChannel::value)
			.containsExactly(tuple("OCI_PHONE", ContactUnit.COOPERATION_OFFICE, "(571) 222 2800"),
					tuple("CARE_TELEFAX", ContactUnit.CITIZEN_CARE, "222 4953"),
					tuple("CARE_TOLLFREE_OUTSIDE", ContactUnit.CITIZEN_CARE, "01 8000 910122"),
					tuple("CARE_TOLLFREE_BOGOTA", ContactUnit.CITIZEN_CARE, "222 0206"),
					tuple("CARE_MAIL", ContactUnit.CITIZEN_CARE, "Calle 43 No. 57-14 - CAN Bogotá D.C. - Colombia"));
	}

	@Test
	void phonesDialAndTheAddressIsNoLink() {
		assertThat(this.channels.findAllByOrderByPosition()).extracting(ContactChannel::code, ContactChannel::href)
			.containsExactly(tuple("OCI_PHONE", "tel:+576012222800"), tuple("CARE_TELEFAX", "tel:+576012224953"),
					tuple("CARE_TOLLFREE_OUTSIDE", "tel:018000910122"),
					tuple("CARE_TOLLFREE_BOGOTA", "tel:+576012220206"), tuple("CARE_MAIL", null));
	}

}
