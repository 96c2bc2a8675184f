CREATE TYPE "company_kind" AS ENUM('STARTUP', 'CORPORATION', 'INVESTOR', 'RESEARCH_LAB', 'UNIVERSITY', 'NONPROFIT', 'GOVERNMENT');--> statement-breakpoint
CREATE TYPE "date_precision" AS ENUM('DAY', 'MONTH', 'QUARTER', 'YEAR');--> statement-breakpoint
CREATE TYPE "deal_status" AS ENUM('RUMORED', 'IN_NEGOTIATION', 'ANNOUNCED', 'CLOSED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "funding_stage" AS ENUM('PRE_SEED', 'SEED', 'SERIES_A', 'SERIES_B', 'SERIES_C', 'SERIES_D', 'SERIES_E', 'LATER_STAGE', 'STRATEGIC', 'DEBT', 'GRANT', 'IPO', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "quote_form" AS ENUM('VERBATIM', 'PARAPHRASE');--> statement-breakpoint
CREATE TYPE "source_kind" AS ENUM('ARTICLE', 'PRESS_RELEASE', 'FILING', 'PAPER', 'INTERVIEW', 'WEBSITE', 'OTHER');--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"source_id" uuid NOT NULL,
	"excerpt" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"company_id" uuid,
	"person_id" uuid,
	"role_id" uuid,
	"quote_id" uuid,
	"funding_round_id" uuid,
	CONSTRAINT "citations_one_fact" CHECK (num_nonnulls("company_id", "person_id", "role_id", "quote_id", "funding_round_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"kind" "company_kind" NOT NULL,
	"description" text,
	"country" text,
	"headquarters" text,
	"founded_on" date,
	"founded_on_precision" "date_precision",
	"website" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "companies_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "companies_country_code" CHECK ("country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "funding_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"company_id" uuid NOT NULL,
	"stage" "funding_stage" NOT NULL,
	"status" "deal_status" NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric,
	"amount_usd" numeric,
	"pre_money_valuation" numeric,
	"pre_money_valuation_usd" numeric,
	"post_money_valuation" numeric,
	"post_money_valuation_usd" numeric,
	"announced_on" date,
	"announced_on_precision" "date_precision",
	"closed_on" date,
	"closed_on_precision" "date_precision",
	CONSTRAINT "funding_rounds_currency_code" CHECK ("currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "funding_rounds_money_non_negative" CHECK (coalesce("amount", 0) >= 0 and coalesce("amount_usd", 0) >= 0
        and coalesce("pre_money_valuation", 0) >= 0 and coalesce("pre_money_valuation_usd", 0) >= 0
        and coalesce("post_money_valuation", 0) >= 0 and coalesce("post_money_valuation_usd", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "investments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"round_id" uuid NOT NULL,
	"company_id" uuid,
	"person_id" uuid,
	"is_lead" boolean DEFAULT false NOT NULL,
	CONSTRAINT "investments_round_company_unique" UNIQUE("round_id","company_id"),
	CONSTRAINT "investments_round_person_unique" UNIQUE("round_id","person_id"),
	CONSTRAINT "investments_one_investor" CHECK (num_nonnulls("company_id", "person_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"bio" text,
	CONSTRAINT "people_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "quote_subjects" (
	"quote_id" uuid,
	"company_id" uuid,
	CONSTRAINT "quote_subjects_pkey" PRIMARY KEY("quote_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"text" text NOT NULL,
	"form" "quote_form" NOT NULL,
	"speaker_id" uuid,
	"attributed_to_id" uuid,
	"attribution" text NOT NULL,
	"said_on" date,
	"said_on_precision" "date_precision"
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"person_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"title" text NOT NULL,
	"since" date,
	"since_precision" "date_precision",
	"until" date,
	"until_precision" "date_precision",
	CONSTRAINT "roles_dates_in_order" CHECK ("until" is null or "since" is null or "since" <= "until")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"kind" "source_kind" NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" ("source_id");--> statement-breakpoint
CREATE INDEX "citations_company_idx" ON "citations" ("company_id");--> statement-breakpoint
CREATE INDEX "citations_person_idx" ON "citations" ("person_id");--> statement-breakpoint
CREATE INDEX "citations_role_idx" ON "citations" ("role_id");--> statement-breakpoint
CREATE INDEX "citations_quote_idx" ON "citations" ("quote_id");--> statement-breakpoint
CREATE INDEX "citations_funding_round_idx" ON "citations" ("funding_round_id");--> statement-breakpoint
CREATE INDEX "companies_kind_idx" ON "companies" ("kind");--> statement-breakpoint
CREATE INDEX "companies_country_idx" ON "companies" ("country");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" ("name","id");--> statement-breakpoint
CREATE INDEX "companies_name_trgm_idx" ON "companies" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "funding_rounds_company_idx" ON "funding_rounds" ("company_id");--> statement-breakpoint
CREATE INDEX "funding_rounds_status_idx" ON "funding_rounds" ("status");--> statement-breakpoint
CREATE INDEX "funding_rounds_stage_idx" ON "funding_rounds" ("stage");--> statement-breakpoint
CREATE INDEX "funding_rounds_announced_on_idx" ON "funding_rounds" ("announced_on");--> statement-breakpoint
CREATE INDEX "funding_rounds_amount_usd_idx" ON "funding_rounds" ("amount_usd");--> statement-breakpoint
CREATE INDEX "investments_round_idx" ON "investments" ("round_id");--> statement-breakpoint
CREATE INDEX "investments_company_idx" ON "investments" ("company_id");--> statement-breakpoint
CREATE INDEX "investments_person_idx" ON "investments" ("person_id");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" ("name","id");--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "quote_subjects_company_idx" ON "quote_subjects" ("company_id");--> statement-breakpoint
CREATE INDEX "quotes_speaker_idx" ON "quotes" ("speaker_id");--> statement-breakpoint
CREATE INDEX "quotes_attributed_to_idx" ON "quotes" ("attributed_to_id");--> statement-breakpoint
CREATE INDEX "quotes_form_idx" ON "quotes" ("form");--> statement-breakpoint
CREATE INDEX "quotes_said_on_idx" ON "quotes" ("said_on");--> statement-breakpoint
CREATE INDEX "quotes_text_trgm_idx" ON "quotes" USING gin (lower("text") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "quotes_text_fts_idx" ON "quotes" USING gin (to_tsvector('english', "text"));--> statement-breakpoint
CREATE INDEX "roles_person_idx" ON "roles" ("person_id");--> statement-breakpoint
CREATE INDEX "roles_company_idx" ON "roles" ("company_id");--> statement-breakpoint
CREATE INDEX "sources_title_idx" ON "sources" ("title","id");--> statement-breakpoint
CREATE INDEX "sources_kind_idx" ON "sources" ("kind");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_role_id_roles_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_quote_id_quotes_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_funding_round_id_funding_rounds_id_fkey" FOREIGN KEY ("funding_round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "funding_rounds" ADD CONSTRAINT "funding_rounds_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_round_id_funding_rounds_id_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "investments" ADD CONSTRAINT "investments_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "quote_subjects" ADD CONSTRAINT "quote_subjects_quote_id_quotes_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "quote_subjects" ADD CONSTRAINT "quote_subjects_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_id_people_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_attributed_to_id_companies_id_fkey" FOREIGN KEY ("attributed_to_id") REFERENCES "companies"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_person_id_people_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_company_id_companies_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE;