ALTER TABLE "events" ADD COLUMN "venue_name_sv" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "venue_address_sv" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "contact_name_sv" text;