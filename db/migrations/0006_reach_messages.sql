CREATE TYPE "public"."message_audience" AS ENUM('registrants', 'waitlist', 'attendees');--> statement-breakpoint
CREATE TABLE "event_message_mails" (
	"message_id" bigint NOT NULL,
	"outbox_id" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"audience" "message_audience" NOT NULL,
	"subject_fi" text NOT NULL,
	"body_fi" text NOT NULL,
	"subject_sv" text,
	"body_sv" text,
	"recipients" integer NOT NULL,
	"sent_by" text,
	"sent_by_email" text NOT NULL,
	"form_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "returning_participant" boolean;--> statement-breakpoint
ALTER TABLE "event_message_mails" ADD CONSTRAINT "event_message_mails_message_id_event_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."event_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_message_mails" ADD CONSTRAINT "event_message_mails_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_messages" ADD CONSTRAINT "event_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_message_mails_message_idx" ON "event_message_mails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "event_messages_event_idx" ON "event_messages" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_messages_form_key_uq" ON "event_messages" USING btree ("form_key");--> statement-breakpoint
CREATE INDEX "registrations_email_idx" ON "registrations" USING btree (lower(btrim("email")));