CREATE TYPE "claim_rank" AS ENUM('PREFERRED', 'NORMAL', 'DEPRECATED');--> statement-breakpoint
CREATE TABLE "claim_citations" (
	"claim_id" uuid,
	"citation_id" uuid,
	CONSTRAINT "claim_citations_pkey" PRIMARY KEY("claim_id","citation_id")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"company_id" uuid,
	"person_id" uuid,
	"role_id" uuid,
	"quote_id" uuid,
	"funding_round_id" uuid,
	"property" text NOT NULL,
	"value" jsonb,
	"value_key" text NOT NULL,
	"rank" "claim_rank" DEFAULT 'NORMAL'::"claim_rank" NOT NULL,
	"deprecation_reason" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"api_key_id" uuid,
	CONSTRAINT "claims_one_subject" CHECK (num_nonnulls("company_id", "person_id", "role_id", "quote_id", "funding_round_id") = 1),
	CONSTRAINT "claims_deprecated_with_reason" CHECK (("rank" = 'DEPRECATED') = ("deprecation_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "disputed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "disputed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "disputed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "roles" ADD COLUMN "disputed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "funding_rounds" ADD COLUMN "disputed" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "claim_citations_citation_idx" ON "claim_citations" ("citation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_value_unique" ON "claims" (coalesce("company_id", "person_id", "role_id", "quote_id", "funding_round_id"),"property","value_key");--> statement-breakpoint
CREATE INDEX "claims_company_id_idx" ON "claims" ("company_id","property");--> statement-breakpoint
CREATE INDEX "claims_person_id_idx" ON "claims" ("person_id","property");--> statement-breakpoint
CREATE INDEX "claims_role_id_idx" ON "claims" ("role_id","property");--> statement-breakpoint
CREATE INDEX "claims_quote_id_idx" ON "claims" ("quote_id","property");--> statement-breakpoint
CREATE INDEX "claims_funding_round_id_idx" ON "claims" ("funding_round_id","property");--> statement-breakpoint
ALTER TABLE "claim_citations" ADD CONSTRAINT "claim_citations_claim_id_claims_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claim_citations" ADD CONSTRAINT "claim_citations_citation_id_citations_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_role_id_roles_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_quote_id_quotes_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_funding_round_id_funding_rounds_id_fkey" FOREIGN KEY ("funding_round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_api_key_id_api_keys_id_fkey" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE RESTRICT;--> statement-breakpoint

-- Each value a record had becomes a claim, supported by every citation the record had.
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'kind', to_jsonb(t."kind"::text), t."kind"::text
FROM "companies" t
WHERE t."kind" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'description', to_jsonb(t."description"::text), t."description"::text
FROM "companies" t
WHERE t."description" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'country', to_jsonb(t."country"::text), t."country"::text
FROM "companies" t
WHERE t."country" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'headquarters', to_jsonb(t."headquarters"::text), t."headquarters"::text
FROM "companies" t
WHERE t."headquarters" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'foundedOn', jsonb_build_object('date', t."founded_on"::text, 'precision', coalesce(t."founded_on_precision"::text, 'DAY')), t."founded_on"::text || '/' || coalesce(t."founded_on_precision"::text, 'DAY')
FROM "companies" t
WHERE t."founded_on" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("company_id", "property", "value", "value_key")
SELECT t."id", 'website', to_jsonb(t."website"::text), t."website"::text
FROM "companies" t
WHERE t."website" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."company_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("person_id", "property", "value", "value_key")
SELECT t."id", 'bio', to_jsonb(t."bio"::text), t."bio"::text
FROM "people" t
WHERE t."bio" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."person_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("role_id", "property", "value", "value_key")
SELECT t."id", 'title', to_jsonb(t."title"::text), t."title"::text
FROM "roles" t
WHERE t."title" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."role_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("role_id", "property", "value", "value_key")
SELECT t."id", 'since', jsonb_build_object('date', t."since"::text, 'precision', coalesce(t."since_precision"::text, 'DAY')), t."since"::text || '/' || coalesce(t."since_precision"::text, 'DAY')
FROM "roles" t
WHERE t."since" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."role_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("role_id", "property", "value", "value_key")
SELECT t."id", 'until', jsonb_build_object('date', t."until"::text, 'precision', coalesce(t."until_precision"::text, 'DAY')), t."until"::text || '/' || coalesce(t."until_precision"::text, 'DAY')
FROM "roles" t
WHERE t."until" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."role_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("quote_id", "property", "value", "value_key")
SELECT t."id", 'text', to_jsonb(t."text"::text), t."text"::text
FROM "quotes" t
WHERE t."text" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."quote_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("quote_id", "property", "value", "value_key")
SELECT t."id", 'form', to_jsonb(t."form"::text), t."form"::text
FROM "quotes" t
WHERE t."form" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."quote_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("quote_id", "property", "value", "value_key")
SELECT t."id", 'saidOn', jsonb_build_object('date', t."said_on"::text, 'precision', coalesce(t."said_on_precision"::text, 'DAY')), t."said_on"::text || '/' || coalesce(t."said_on_precision"::text, 'DAY')
FROM "quotes" t
WHERE t."said_on" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."quote_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'stage', to_jsonb(t."stage"::text), t."stage"::text
FROM "funding_rounds" t
WHERE t."stage" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'amount', jsonb_build_object('amount', trim_scale(t."amount")::text, 'currency', t."currency", 'usd', trim_scale(t."amount_usd")::text), trim_scale(t."amount")::text || ' ' || t."currency"
FROM "funding_rounds" t
WHERE t."amount" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'preMoneyValuation', jsonb_build_object('amount', trim_scale(t."pre_money_valuation")::text, 'currency', t."currency", 'usd', trim_scale(t."pre_money_valuation_usd")::text), trim_scale(t."pre_money_valuation")::text || ' ' || t."currency"
FROM "funding_rounds" t
WHERE t."pre_money_valuation" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'postMoneyValuation', jsonb_build_object('amount', trim_scale(t."post_money_valuation")::text, 'currency', t."currency", 'usd', trim_scale(t."post_money_valuation_usd")::text), trim_scale(t."post_money_valuation")::text || ' ' || t."currency"
FROM "funding_rounds" t
WHERE t."post_money_valuation" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'announcedOn', jsonb_build_object('date', t."announced_on"::text, 'precision', coalesce(t."announced_on_precision"::text, 'DAY')), t."announced_on"::text || '/' || coalesce(t."announced_on_precision"::text, 'DAY')
FROM "funding_rounds" t
WHERE t."announced_on" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT t."id", 'closedOn', jsonb_build_object('date', t."closed_on"::text, 'precision', coalesce(t."closed_on_precision"::text, 'DAY')), t."closed_on"::text || '/' || coalesce(t."closed_on_precision"::text, 'DAY')
FROM "funding_rounds" t
WHERE t."closed_on" IS NOT NULL AND EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = t."id");--> statement-breakpoint
INSERT INTO "claims" ("funding_round_id", "property", "value", "value_key")
SELECT i."round_id", 'investors',
  jsonb_agg(jsonb_build_object('companyId', i."company_id", 'personId', i."person_id", 'isLead', i."is_lead")
    ORDER BY coalesce(i."company_id", i."person_id")),
  string_agg(
    CASE WHEN i."company_id" IS NOT NULL THEN 'c:' || i."company_id" ELSE 'p:' || i."person_id" END
      || CASE WHEN i."is_lead" THEN '*' ELSE '' END,
    ',' ORDER BY (CASE WHEN i."company_id" IS NOT NULL THEN 'c:' || i."company_id" ELSE 'p:' || i."person_id" END
      || CASE WHEN i."is_lead" THEN '*' ELSE '' END) COLLATE "C")
FROM "investments" i
WHERE EXISTS (SELECT 1 FROM "citations" c WHERE c."funding_round_id" = i."round_id")
GROUP BY i."round_id";--> statement-breakpoint
INSERT INTO "claim_citations" ("claim_id", "citation_id")
SELECT cl."id", c."id"
FROM "claims" cl
JOIN "citations" c ON coalesce(c."company_id", c."person_id", c."role_id", c."quote_id", c."funding_round_id")
  = coalesce(cl."company_id", cl."person_id", cl."role_id", cl."quote_id", cl."funding_round_id");
