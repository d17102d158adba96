-- Case numbers are unique within a council's year. Deferred, because renumbering a draft
-- agenda swaps numbers inside one transaction.
ALTER TABLE "cases" ADD CONSTRAINT "cases_council_year_number_key" UNIQUE ("council_id", "year", "number") DEFERRABLE INITIALLY DEFERRED;
