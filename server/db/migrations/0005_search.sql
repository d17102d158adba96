-- Trigram similarity for typo tolerance (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- array_to_string is only "stable" in general; for text[] it is immutable, as a generated column needs.
CREATE FUNCTION search_persons_text(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string($1, ' ') $$;--> statement-breakpoint
-- The text of an entry's sections, for its tsvector (so the text is stored once, in sections).
CREATE FUNCTION search_sections_text(jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_agg(s ->> 'text', E'\n\n'), '') FROM jsonb_array_elements($1) AS s $$;--> statement-breakpoint
CREATE TYPE "public"."search_audience" AS ENUM('public', 'council', 'members', 'secretariat');--> statement-breakpoint
CREATE TYPE "public"."search_kind" AS ENUM('case', 'attachment', 'minutes', 'decision', 'follow_up');--> statement-breakpoint
CREATE TABLE "search_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "search_kind" NOT NULL,
	"source_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"date" date NOT NULL,
	"case_types" "case_type"[] NOT NULL,
	"has_decision" boolean NOT NULL,
	"persons" text[] NOT NULL,
	"audience" "search_audience" NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"title_document" "tsvector" GENERATED ALWAYS AS (to_tsvector('norwegian'::regconfig, title)) STORED NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('norwegian'::regconfig, title), 'A') || setweight(to_tsvector('norwegian'::regconfig, search_persons_text(persons)), 'C') || setweight(to_tsvector('norwegian'::regconfig, search_sections_text(sections)), 'D')) STORED NOT NULL,
	CONSTRAINT "search_entries_source_key" UNIQUE("kind","source_id")
);
--> statement-breakpoint
CREATE TABLE "search_stale_meetings" (
	"meeting_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "exemption_basis" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "exemption_basis" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entries_document_idx" ON "search_entries" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_entries_meeting_idx" ON "search_entries" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "search_entries_council_date_idx" ON "search_entries" USING btree ("council_id","date");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- Long values (the texts, the full tsvector) go out of the row while the short ones (ids,
-- filters, the title's tsvector) stay in it, so finding and counting many hits reads a narrow
-- table; only the hits that are ranked or shown read the rest.
ALTER TABLE "search_entries" SET (toast_tuple_target = 512);--> statement-breakpoint
-- Writes mark the meetings whose search entries are out of date; features/search rebuilds them
-- before it reads. Marking in the database covers every write path, present and future.
CREATE FUNCTION search_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  column_name text := TG_ARGV[0];
  ids uuid[] := ARRAY[]::uuid[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN ids := ids || (to_jsonb(OLD) ->> column_name)::uuid; END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN ids := ids || (to_jsonb(NEW) ->> column_name)::uuid; END IF;
  IF TG_ARGV[1] = 'case' THEN
    INSERT INTO search_stale_meetings (meeting_id)
      SELECT DISTINCT meeting_id FROM cases WHERE id = ANY (ids) ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_stale_meetings (meeting_id)
      SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION search_mark_stale('id');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION search_mark_stale('meeting_id');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON minutes FOR EACH ROW EXECUTE FUNCTION search_mark_stale('meeting_id');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON attachments FOR EACH ROW EXECUTE FUNCTION search_mark_stale('case_id', 'case');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON case_minutes FOR EACH ROW EXECUTE FUNCTION search_mark_stale('case_id', 'case');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON case_officers FOR EACH ROW EXECUTE FUNCTION search_mark_stale('case_id', 'case');--> statement-breakpoint
CREATE TRIGGER search_stale AFTER INSERT OR UPDATE OR DELETE ON follow_ups FOR EACH ROW EXECUTE FUNCTION search_mark_stale('case_id', 'case');--> statement-breakpoint
-- A renamed person is found under the new name: their cases' meetings are rebuilt.
CREATE FUNCTION search_mark_officer_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_stale_meetings (meeting_id)
    SELECT DISTINCT c.meeting_id FROM case_officers o JOIN cases c ON c.id = o.case_id
    WHERE o.user_id = NEW.id ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER search_stale AFTER UPDATE OF name ON users FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION search_mark_officer_stale();
