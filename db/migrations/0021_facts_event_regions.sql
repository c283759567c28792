ALTER TABLE "events" ADD COLUMN "extra_region_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "events_extra_regions_idx" ON "events" USING gin ("extra_region_codes");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_extra_regions_consistent" CHECK (("events"."scope" <> 'national' OR cardinality("events"."extra_region_codes") = 0)
       AND NOT ("events"."region_code" = ANY("events"."extra_region_codes")));