CREATE TYPE "public"."organising_body_kind" AS ENUM('vip_network', 'oph', 'avi', 'project');--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "extra_region_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body" "organising_body_kind" DEFAULT 'vip_network' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body_fi" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body_sv" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "registration_url" text;--> statement-breakpoint
CREATE INDEX "events_extra_regions_idx" ON "events" USING gin ("extra_region_codes");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_extra_regions_consistent" CHECK (("events"."scope" <> 'national' OR cardinality("events"."extra_region_codes") = 0)
       AND NOT ("events"."region_code" = ANY("events"."extra_region_codes")));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organising_body_named" CHECK ("events"."organising_body" <> 'project' OR "events"."organising_body_fi" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_registration_url_https" CHECK ("events"."registration_url" IS NULL OR ("events"."registration_url" ~ '^https://[^[:space:]]+$' AND length("events"."registration_url") <= 2000));