ALTER TABLE "training_series" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "training_series" ADD CONSTRAINT "training_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Who created each existing series, read once from the audit log (its first `series.create` row);
-- from now on createSeries writes the column and lib/events/series-editor reads only it.
UPDATE "training_series" ts SET "created_by" = a."user_id"
FROM (
  SELECT DISTINCT ON ("target") "target", "user_id" FROM "audit_log"
  WHERE "action" = 'series.create' AND "target" LIKE 'series:%'
  ORDER BY "target", "created_at", "id"
) a
WHERE a."target" = 'series:' || ts."id" AND ts."created_by" IS NULL;
