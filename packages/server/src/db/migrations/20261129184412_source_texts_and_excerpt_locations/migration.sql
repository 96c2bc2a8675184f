ALTER TABLE "citations" ADD COLUMN "start_offset" integer;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "end_offset" integer;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "prefix" text;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "suffix" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "content_sha256" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "retrieved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "archive_url" text;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_located_whole" CHECK (num_nulls("start_offset", "end_offset", "prefix", "suffix") in (0, 4) and "start_offset" <= "end_offset");--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_sha256_hex" CHECK ("content_sha256" ~ '^[0-9a-f]{64}$');