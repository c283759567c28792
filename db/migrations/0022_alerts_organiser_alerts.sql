CREATE TABLE "materials_mail_sent" (
	"registration_id" integer PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" text
);
--> statement-breakpoint
CREATE TABLE "organiser_alert_marks" (
	"user_id" text NOT NULL,
	"event_id" integer NOT NULL,
	"kind" text NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organiser_alert_marks_user_id_event_id_kind_pk" PRIMARY KEY("user_id","event_id","kind")
);
--> statement-breakpoint
CREATE TABLE "organiser_alerts" (
	"user_id" text PRIMARY KEY NOT NULL,
	"language" "message_language" DEFAULT 'fi' NOT NULL,
	"daily_digest" boolean DEFAULT false NOT NULL,
	"event_full" boolean DEFAULT false NOT NULL,
	"waitlist_threshold" integer,
	"digest_covered_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organiser_alerts_threshold" CHECK ("organiser_alerts"."waitlist_threshold" is null or "organiser_alerts"."waitlist_threshold" between 1 and 10000)
);
--> statement-breakpoint
ALTER TABLE "materials_mail_sent" ADD CONSTRAINT "materials_mail_sent_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials_mail_sent" ADD CONSTRAINT "materials_mail_sent_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials_mail_sent" ADD CONSTRAINT "materials_mail_sent_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_alert_marks" ADD CONSTRAINT "organiser_alert_marks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_alert_marks" ADD CONSTRAINT "organiser_alert_marks_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_alerts" ADD CONSTRAINT "organiser_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;