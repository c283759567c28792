CREATE TYPE "public"."material_kind" AS ENUM('recording', 'slides', 'link');--> statement-breakpoint
CREATE TYPE "public"."material_visibility" AS ENUM('public', 'participants');--> statement-breakpoint
CREATE TABLE "event_materials" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"kind" "material_kind" NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text,
	"url" text NOT NULL,
	"visibility" "material_visibility" DEFAULT 'participants' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_streams" (
	"event_id" integer PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"instructions_fi" text,
	"instructions_sv" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "remote_joined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "event_materials" ADD CONSTRAINT "event_materials_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_streams" ADD CONSTRAINT "event_streams_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_materials_event_idx" ON "event_materials" USING btree ("event_id");