package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ContactControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publishesEveryChannelAsWrittenWithPhonesAsTelLinks() throws Exception {
		this.mvc.perform(get("/contact"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<a href=\"tel:+576012222800\">(571) 222 2800</a>"),
					containsString("<a href=\"tel:+576012224953\">222 4953</a>"),
					containsString("<a href=\"tel:018000910122\">01 8000 910122</a>"),
					containsString("<a href=\"tel:+576012220206\">222 0206</a>"),
					containsString("<address>Calle 43 No. 57-14 - CAN Bogotá D.C. - Colombia</address>"))));
	}

	@Test
	void namesTheUnitsAndLabelsInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/contact?lang=en"))
			.andExpect(content().string(allOf(containsString("Citizen care unit"),
					containsString("Toll-free line from outside Bogotá"), containsString("Mailing address"))));
		this.mvc.perform(get("/contact?lang=es"))
			.andExpect(content().string(allOf(containsString("Unidad de atención al ciudadano"),
					containsString("Línea gratuita fuera de Bogotá"))));
	}

	@Test
	void everyPageCarriesTheContactSummaryInItsFooter() throws Exception {
		this.mvc.perform(get("/how-to-cooperate"))
			.andExpect(
					content().string(allOf(containsString("Canales de atención"), containsString("01 8000 910122"))));
	}

}
