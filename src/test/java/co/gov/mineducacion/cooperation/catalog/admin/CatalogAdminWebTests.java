package co.gov.mineducacion.cooperation.catalog.admin;

import co.gov.mineducacion.cooperation.catalog.CatalogAdminService;
import co.gov.mineducacion.cooperation.test.WebSliceTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The catalogue's admin forms in the web slice: what an ADMIN types wrong is shown beside
 * its field, in the editor's language, with what was typed kept, and nothing reaches the
 * catalogue. Saving, conflicts and access are in {@link ProjectAdminTests} and
 * {@link ActionTypeAdminTests}.
 */
@WebSliceTest
@WithAdmin
class CatalogAdminWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogAdminService catalog;

	/**
	 * Was {@code ActionTypeAdminTests.refusesEmptyTextsBesideTheirFields}.
	 */
	@Test
	void refusesEmptyTextsOfAWayToCooperateBesideTheirFields() throws Exception {
		this.mvc
			.perform(post("/admin/catalog/action-types/A13").param("shortNameEs", "")
				.param("shortNameEn", "Mentoring")
				.param("textEs", "Acompañar a rectores de colegios rurales.")
				.param("textEn", "Accompany principals of rural schools.")
				.param("version", "3")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ActionTypeAdminController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("actionTypeForm", "shortNameEs", "NotBlank"))
			.andExpect(content().string(allOf(containsString("id=\"shortNameEs-error\""),
					containsString("Escriba el nombre corto en español."), containsString("value=\"Mentoring\""))));
		verify(this.catalog, never()).rewordActionType(anyString(), anyLong(), any(), any());
	}

	/**
	 * Was
	 * {@code ProjectAdminTests.showsErrorsBesideTheFieldsInTheEditorsLanguageAndKeepsWhatWasTyped}.
	 */
	@Test
	void showsAProjectsErrorsBesideTheFieldsInTheEditorsLanguageAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletRequestBuilder invalid = post("/admin/catalog/projects/new").param("code", "pbm cal 6")
			.param("nameEs", "Bibliotecas escolares")
			.param("objectiveEs", "Dotar bibliotecas.")
			.param("level", "HIGHER_EDUCATION")
			.with(csrf());
		this.mvc.perform(invalid)
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(ProjectAdminController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "code", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "nameEn", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "axis", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "objectiveEn", "BothLanguages"))
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "actionTypes", "NotEmpty"))
			.andExpect(content()
				.string(allOf(containsString("id=\"nameEn-error\""), containsString("Escriba el nombre en inglés."),
						containsString("value=\"PBM CAL 6\""), containsString("value=\"Bibliotecas escolares\""),
						containsString("Escriba también el objetivo en inglés"))));
		this.mvc.perform(invalid.header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Write the name in English."),
					containsString("Use only capital letters, digits and hyphens"))));
		verify(this.catalog, never()).create(anyString(), any());
	}

}
