package co.gov.mineducacion.cooperation.search;

/**
 * One thing found, in the visitor's language, with the matching words marked.
 *
 * @param snippet the passage of its text around the matches, or its beginning when only
 * the title matched
 */
record SearchResult(SearchKind kind, String href, Highlighted title, Highlighted snippet) {
}
