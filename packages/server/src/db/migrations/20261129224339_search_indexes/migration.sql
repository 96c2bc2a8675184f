DROP INDEX "companies_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING gist (lower("name") gist_trgm_ops(siglen=256));--> statement-breakpoint
DROP INDEX "people_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gist (lower("name") gist_trgm_ops(siglen=256));--> statement-breakpoint
DROP INDEX "quotes_text_trgm_idx";--> statement-breakpoint
CREATE INDEX "quotes_text_trgm_idx" ON "quotes" USING gist (lower("text") gist_trgm_ops(siglen=256));--> statement-breakpoint
-- A company's aliases as one lowercase text, for the trigram index search walks. Immutable (which
-- array_to_string is not declared to be) since text arrays print the same whatever the settings.
CREATE FUNCTION search_aliases(aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(array_to_string(aliases, ' | ')) $$;--> statement-breakpoint
CREATE INDEX "companies_aliases_trgm_idx" ON "companies" USING gist (search_aliases("aliases") gist_trgm_ops(siglen=256)) WHERE "aliases" <> '{}';