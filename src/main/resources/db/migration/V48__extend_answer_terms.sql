-- The office may give notice that its answer will come late and by when (Ley 1755 de 2015, art. 14,
-- parágrafo); the date holds while the clock that it extends runs, and is cleared when that clock stops.
ALTER TABLE offer ADD COLUMN response_extended_until DATE;
ALTER TABLE offer ADD CONSTRAINT ck_offer_extension_running
    CHECK (response_extended_until IS NULL OR response_clock_started_at IS NOT NULL);
