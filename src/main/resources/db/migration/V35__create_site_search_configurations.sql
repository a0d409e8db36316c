-- Text search configurations for the site search: the Spanish and English stemmers, and a
-- word-for-word one for word beginnings, each with unaccent (V1) as a filtering dictionary
-- before it. Accents are dropped for matching only: ts_headline still returns the text as
-- written ("Bilingüismo"), which search_unaccent() applied to the text beforehand would not.
CREATE TEXT SEARCH CONFIGURATION site_search_spanish (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION site_search_spanish
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

CREATE TEXT SEARCH CONFIGURATION site_search_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION site_search_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION site_search_words (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION site_search_words
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
