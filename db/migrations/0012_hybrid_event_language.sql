CREATE TYPE "public"."event_language" AS ENUM('fi', 'sv', 'bilingual', 'en');--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "language" "event_language" DEFAULT 'fi' NOT NULL;