ALTER TABLE "workshop_picks" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD COLUMN "checked_in_by" text;