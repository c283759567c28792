CREATE TYPE "public"."material_language" AS ENUM('fi', 'sv', 'both');--> statement-breakpoint
ALTER TYPE "public"."material_kind" ADD VALUE 'guide';--> statement-breakpoint
ALTER TYPE "public"."material_kind" ADD VALUE 'report';--> statement-breakpoint
ALTER TYPE "public"."material_kind" ADD VALUE 'model';--> statement-breakpoint
ALTER TYPE "public"."material_kind" ADD VALUE 'video';--> statement-breakpoint
CREATE TABLE "material_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"filename" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "event_materials_event_idx";--> statement-breakpoint
ALTER TABLE "event_materials" ALTER COLUMN "event_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ALTER COLUMN "url" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "description_fi" text;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "description_sv" text;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "file_id" integer;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "language" "material_language" DEFAULT 'fi' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "themes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "target_level" text;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "year" integer;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "captioned" boolean;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "sort_order" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "event_materials" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "event_materials" ADD CONSTRAINT "event_materials_file_id_material_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."material_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_materials" ADD CONSTRAINT "event_materials_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_materials_event_idx" ON "event_materials" USING btree ("event_id","sort_order");--> statement-breakpoint
ALTER TABLE "event_materials" ADD CONSTRAINT "event_materials_link_or_file" CHECK ("event_materials"."url" is not null or "event_materials"."file_id" is not null);--> statement-breakpoint
-- Keep the order existing materials were shown in (by id) now that organisers can reorder them.
UPDATE "event_materials" SET "sort_order" = "id";
