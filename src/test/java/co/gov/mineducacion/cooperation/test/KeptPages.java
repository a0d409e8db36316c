package co.gov.mineducacion.cooperation.test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A visitor without a session reading a public page, told apart by where the answer came
 * from: a page the portal's page cache sent never reaches Spring MVC, so its result names
 * no handler.
 */
public final class KeptPages {

	private KeptPages() {
	}

	/**
	 * The page, which must have been rendered for this request.
	 */
	public static String rendered(MockMvc mvc, String path) throws Exception {
		MvcResult result = visit(mvc, path);
		assertThat(result.getHandler()).as(path + " rendered by Spring MVC").isNotNull();
		return result.getResponse().getContentAsString();
	}

	/**
	 * The page, which must have been sent from the page cache.
	 */
	public static String fromCache(MockMvc mvc, String path) throws Exception {
		MvcResult result = visit(mvc, path);
		assertThat(result.getHandler()).as(path + " sent from the page cache").isNull();
		return result.getResponse().getContentAsString();
	}

	private static MvcResult visit(MockMvc mvc, String path) throws Exception {
		// Anonymous even inside a test signed in as staff: only visitors are sent kept
		// pages.
		MvcResult result = mvc.perform(get(path).with(anonymous())).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result;
	}

}
