CREATE TABLE "deal_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"round_id" uuid NOT NULL,
	"status" "deal_status" NOT NULL,
	"changed_on" date,
	"changed_on_precision" "date_precision",
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "status_change_id" uuid;--> statement-breakpoint
CREATE INDEX "citations_status_change_idx" ON "citations" ("status_change_id");--> statement-breakpoint
CREATE INDEX "deal_status_changes_round_idx" ON "deal_status_changes" ("round_id","recorded_at");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_status_change_id_deal_status_changes_id_fkey" FOREIGN KEY ("status_change_id") REFERENCES "deal_status_changes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "deal_status_changes" ADD CONSTRAINT "deal_status_changes_round_id_funding_rounds_id_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_one_fact", ADD CONSTRAINT "citations_one_fact" CHECK (num_nonnulls("company_id", "person_id", "role_id", "quote_id", "funding_round_id", "status_change_id") = 1);--> statement-breakpoint
-- Rounds recorded before the history existed start it with their current status and citations.
INSERT INTO "deal_status_changes" ("round_id", "status", "changed_on", "changed_on_precision")
SELECT "id", "status", "announced_on", "announced_on_precision" FROM "funding_rounds";--> statement-breakpoint
INSERT INTO "citations" ("source_id", "excerpt", "position", "status_change_id")
SELECT c."source_id", c."excerpt", c."position", d."id"
FROM "deal_status_changes" d JOIN "citations" c ON c."funding_round_id" = d."round_id";
