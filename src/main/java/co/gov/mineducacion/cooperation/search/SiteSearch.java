package co.gov.mineducacion.cooperation.search;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the public site in the visitor's language: what it finds is read from the
 * owning features at the time of the search, so an ADMIN's change is found as soon as its
 * page shows it.
 */
@Service
class SiteSearch {

	private final SearchCorpus corpus;

	private final FullTextSearch fullText;

	SiteSearch(SearchCorpus corpus, FullTextSearch fullText) {
		this.corpus = corpus;
		this.fullText = fullText;
	}

	/**
	 * The results for a query already checked by {@link SearchForm}: cleaned, with a word
	 * in it and not too long.
	 */
	@Transactional(readOnly = true)
	SearchResults search(String query, Locale locale) {
		return this.fullText.find(new SearchQuery(query), this.corpus.in(locale), locale);
	}

}
