ALTER TABLE "material_files" ALTER COLUMN "data" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "material_files" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "material_files" ADD CONSTRAINT "material_files_one_place" CHECK (("material_files"."data" is null) <> ("material_files"."storage_key" is null));