package co.gov.mineducacion.cooperation.search;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The search page: the field alone at first, a message beside it for a query with no word
 * or one too long, and the results, counted and highlighted, in both languages.
 */
@PortalTest
class SearchControllerTests {

	static final String NEEDS_A_WORD = "Escriba al menos una palabra para buscar.";

	static final String TOO_LONG = "La búsqueda es demasiado larga: escriba como máximo 200 caracteres.";

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheLabelledFieldAndNoMessageBeforeASearch() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(view().name(SearchController.VIEW))
			.andExpect(model().attributeDoesNotExist("results"))
			.andExpect(content().string(allOf(containsString("<label for=\"q\">"), containsString("type=\"search\""),
					containsString("role=\"search\""), not(containsString(NEEDS_A_WORD)),
					not(containsString("aria-invalid")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "¿?¡! … -- ;", "\u0000\u0007\t\n" })
	void asksForAWordBesideTheFieldWhenTheQueryHasNone(String query) throws Exception {
		search(query, "es").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("searchForm", "q", "Pattern"))
			.andExpect(model().attributeDoesNotExist("results"))
			.andExpect(content()
				.string(allOf(containsString("<title>Revise la búsqueda · "), containsString("id=\"q-error\""),
						containsString(NEEDS_A_WORD), containsString("aria-invalid=\"true\""))));
		search(query, "en").andExpect(content().string(containsString("Write at least one word to search for.")));
	}

	@Test
	void refusesAQueryOfMoreThanTwoHundredCharactersAndKeepsIt() throws Exception {
		String query = "bilinguismo ".repeat(16) + "abcdefghi";
		search(query, "es").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("searchForm", "q", "Size"))
			.andExpect(model().attributeDoesNotExist("results"))
			.andExpect(content().string(allOf(containsString(TOO_LONG), containsString(query))));
		search(query, "en")
			.andExpect(content().string(containsString("The search is too long: write 200 characters at most.")));
		search(query.substring(1), "es").andExpect(model().attributeExists("results"))
			.andExpect(content().string(not(containsString(TOO_LONG))));
	}

	@Test
	void showsTheResultsCountedLabelledAndHighlighted() throws Exception {
		search("Bilingüismo", "es").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>«Bilingüismo»: resultados de la búsqueda"),
					containsString("para «Bilingüismo»</h2>"),
					containsString("href=\"/strategic-projects/SUP-PER-03\""),
					containsString("Fomento del <mark>bilingüismo</mark> en la educación superior"),
					containsString("Proyecto estratégico"))));
		search("bilingualism", "en").andExpect(content().string(allOf(containsString("for “bilingualism”</h2>"),
				containsString("href=\"/strategic-projects/SUP-PER-03\""), containsString("Strategic project"),
				containsString("<mark>"))));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		search("zzyzx", "es").andExpect(content().string(allOf(containsString("Ningún resultado para «zzyzx»"),
				containsString("No encontramos nada con esas palabras."))));
		search("zzyzx", "en").andExpect(content().string(containsString("No results for “zzyzx”")));
	}

	@Test
	void dropsControlCharactersFromTheQuery() throws Exception {
		MvcResult result = search("bilin\u0000güis\u0007mo\u200B", "es")
			.andExpect(content().string(containsString("href=\"/strategic-projects/SUP-PER-03\"")))
			.andReturn();
		SearchForm form = (SearchForm) result.getModelAndView().getModel().get("searchForm");
		assertThat(form.getQ()).isEqualTo("bilingüismo");
	}

	private ResultActions search(String query, String language) throws Exception {
		return this.mvc.perform(get("/search").param("q", query).header("Accept-Language", language));
	}

}
