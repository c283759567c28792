CREATE TYPE "public"."organising_body_kind" AS ENUM('vip_network', 'oph', 'avi', 'project');--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body" "organising_body_kind" DEFAULT 'vip_network' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body_fi" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "organising_body_sv" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organising_body_named" CHECK ("events"."organising_body" <> 'project' OR "events"."organising_body_fi" IS NOT NULL);