package co.gov.mineducacion.cooperation.search;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The search field, bound from {@code ?q=}. No {@code q} at all is no search yet (the
 * page shows the empty field); a {@code q} with no letter or digit in it (blank, spaces,
 * punctuation) or longer than {@value SearchQuery#MAX_LENGTH} characters is refused with
 * a message beside the field. Control and invisible characters are removed as it is
 * bound.
 */
class SearchForm {

	@Size(max = SearchQuery.MAX_LENGTH)
	@Pattern(regexp = ".*[\\p{L}\\p{N}].*")
	private String q;

	/**
	 * Whether the visitor asked for something, even if nothing searchable.
	 */
	boolean isSubmitted() {
		return this.q != null;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = (q != null) ? SearchQuery.clean(q) : null;
	}

}
