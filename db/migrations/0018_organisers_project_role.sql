ALTER TYPE "public"."organiser_role" ADD VALUE 'project';--> statement-breakpoint
CREATE TABLE "series_organisers" (
	"series_id" integer NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "series_organisers_series_id_user_id_pk" PRIMARY KEY("series_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "series_organisers" ADD CONSTRAINT "series_organisers_series_id_training_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."training_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_organisers" ADD CONSTRAINT "series_organisers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "series_organisers_user_idx" ON "series_organisers" USING btree ("user_id");