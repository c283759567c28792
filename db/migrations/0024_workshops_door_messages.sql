ALTER TYPE "public"."message_audience" ADD VALUE 'workshop';--> statement-breakpoint
ALTER TABLE "event_messages" ADD COLUMN "workshop_id" integer;--> statement-breakpoint
ALTER TABLE "event_messages" ADD COLUMN "with_waitlist" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD COLUMN "checked_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD COLUMN "checked_in_by" text;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_workshop_id_programme_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."programme_workshops"("id") ON DELETE set null ON UPDATE no action;