package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page {@link PublicPageCache} keeps and sends again: the same for everyone
 * ({@link RenderedPage}), or a form with each visitor's tokens put in ({@link KeptForm}).
 */
sealed interface KeptPage permits RenderedPage, KeptForm {

	/**
	 * About the bytes the page takes in memory, for the cache's bound.
	 */
	int weight();

	void replay(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
