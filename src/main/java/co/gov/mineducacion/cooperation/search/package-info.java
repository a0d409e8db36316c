/**
 * Site search ({@code /search?q=}): the strategic projects, the ways to cooperate, the
 * kinds of cooperators, the activities, the open datasets and the fixed pages, found in
 * the visitor's language with PostgreSQL full-text search, ranked, highlighted and
 * labelled by kind.
 * <p>
 * <b>Live, not indexed.</b> Each search reads what it searches through the owning
 * features' services ({@code ProjectRegister}, {@code CatalogService},
 * {@code ActivityTexts}, {@code OpenDataService}, the {@code SiteNavigation} and the
 * message bundles) and hands those few dozen texts to one parameterised SQL statement
 * that stems, matches, ranks and highlights them ({@link FullTextSearch}). An index table
 * would have to be rebuilt from change events that the catalogue and the activities do
 * not publish, would repeat their rules (a retired project is not published) in SQL over
 * their tables, and could not hold the texts of the message bundles without a rebuild at
 * every start. Read this way, the search shows exactly what the pages it links to show,
 * an ADMIN's change is found as soon as it commits (projects and activities are read from
 * their tables, the ways and kinds from the catalogue cache that the change empties) and
 * no feature's table is read outside its feature. The price is small at tens of rows:
 * three statements (the projects, the activities, the search itself; the ways and kinds
 * come from the cache), where an index would pay off only at thousands.
 */
package co.gov.mineducacion.cooperation.search;
