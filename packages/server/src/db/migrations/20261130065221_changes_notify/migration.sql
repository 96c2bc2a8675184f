-- Every transaction that writes audit entries tells the servers listening on "moat_changes" when
-- it commits (PostgreSQL sends a notification only then, and one per transaction), so live
-- subscriptions in every process read the change feed again.
CREATE FUNCTION "notify_moat_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('moat_changes', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_notify" AFTER INSERT ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_moat_changes"();
