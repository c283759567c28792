CREATE TYPE "public"."freed_place_mode" AS ENUM('at_once', 'offer');--> statement-breakpoint
CREATE TYPE "public"."offer_state" AS ENUM('open', 'accepted', 'declined', 'expired', 'withdrawn');--> statement-breakpoint
CREATE TABLE "waitlist_offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"registration_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"state" "offer_state" DEFAULT 'open' NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "freed_places" "freed_place_mode" DEFAULT 'at_once' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "offer_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_open_uq" ON "waitlist_offers" USING btree ("registration_id") WHERE "waitlist_offers"."state" = 'open';--> statement-breakpoint
CREATE INDEX "waitlist_offers_event_idx" ON "waitlist_offers" USING btree ("event_id","state");--> statement-breakpoint
CREATE INDEX "waitlist_offers_due_idx" ON "waitlist_offers" USING btree ("expires_at") WHERE "waitlist_offers"."state" = 'open';--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_offer_hours" CHECK ("events"."offer_hours" BETWEEN 1 AND 168);--> statement-breakpoint
-- Waiting-list offers (issue 17): while an offer is open its seat is held for the person, so the
-- free places of a mode are its capacity minus the confirmed registrations AND the waiting ones with
-- an open offer. The sign-up (kokoon_register), promotions, switches of mode and every page ask this
-- one function, so a new sign-up can never take an offered seat and the public count shows it taken.
CREATE OR REPLACE FUNCTION kokoon_seats_left(p_event_id integer, p_attendance attendance_mode) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN c.cap IS NULL THEN NULL ELSE greatest(0, c.cap - (
      SELECT count(*)::integer FROM registrations r
        WHERE r.event_id = p_event_id AND r.attendance = p_attendance
          AND (r.status = 'confirmed' OR (r.status = 'waitlisted' AND EXISTS (
            SELECT 1 FROM waitlist_offers o WHERE o.registration_id = r.id AND o.state = 'open'))))) END
    FROM (SELECT CASE WHEN p_attendance = 'onsite' THEN e.capacity_onsite ELSE e.capacity_remote END AS cap
            FROM events e WHERE e.id = p_event_id) c
$$;
--> statement-breakpoint
-- An offer opening or closing changes the seats left shown on public pages.
CREATE TRIGGER waitlist_offers_pages_notify AFTER INSERT OR DELETE OR UPDATE OF state ON waitlist_offers
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event_child('soft');
