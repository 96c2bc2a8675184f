DROP INDEX "companies_kind_idx";--> statement-breakpoint
CREATE INDEX "companies_kind_idx" ON "companies" ("kind","name","id");--> statement-breakpoint
DROP INDEX "companies_country_idx";--> statement-breakpoint
CREATE INDEX "companies_country_idx" ON "companies" ("country","name","id");--> statement-breakpoint
CREATE INDEX "quotes_newest_idx" ON "quotes" (coalesce("said_on", date '0001-01-01'),"id");--> statement-breakpoint
CREATE INDEX "quotes_oldest_idx" ON "quotes" (coalesce("said_on", date '9999-12-31'),"id");--> statement-breakpoint
CREATE INDEX "funding_rounds_newest_idx" ON "funding_rounds" (coalesce("announced_on", date '0001-01-01'),"id");--> statement-breakpoint
CREATE INDEX "funding_rounds_oldest_idx" ON "funding_rounds" (coalesce("announced_on", date '9999-12-31'),"id");--> statement-breakpoint
CREATE INDEX "funding_rounds_largest_idx" ON "funding_rounds" (coalesce("amount_usd", -1),"id");