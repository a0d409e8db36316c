/**
 * Site search ({@code /search?q=}): the strategic projects, the ways to cooperate, the
 * kinds of cooperators, the activities, the open datasets and the fixed pages, found in
 * the visitor's language with PostgreSQL full-text search, ranked, highlighted and
 * labelled by kind.
 * <p>
 * <b>Live, not indexed.</b> Each search reads what it searches through the owning
 * features' services ({@code CatalogService}, {@code ActivityService},
 * {@code OpenDataService}, the {@code SiteNavigation} and the message bundles) and hands
 * those few dozen texts to one parameterised SQL statement that stems, matches, ranks and
 * highlights them ({@link co.gov.mineducacion.cooperation.search.FullTextSearch}). An
 * index table would have to be rebuilt from change events that the catalogue and the
 * activities do not publish, would repeat their rules (a retired project is not
 * published) in SQL over their tables, and could not hold the texts of the message
 * bundles without a rebuild at every start. Read this way, the search shows exactly what
 * the pages it links to show, an ADMIN's change is found as soon as those pages show it
 * (the catalogue's cache is emptied when the change commits), and no feature's table is
 * read outside its feature. At tens of rows, stemming them on each search takes a few
 * milliseconds; an index would pay off only at thousands.
 */
package co.gov.mineducacion.cooperation.search;
