CREATE TABLE "programme_slots" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text NOT NULL,
	"speakers" text[] DEFAULT '{}'::text[] NOT NULL,
	"room_fi" text,
	"room_sv" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_slots_time_check" CHECK ("programme_slots"."ends_at" > "programme_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "programme_workshops" (
	"id" serial PRIMARY KEY NOT NULL,
	"slot_id" integer NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text NOT NULL,
	"capacity" integer NOT NULL,
	"remote_capacity" integer,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_workshops_capacity_check" CHECK ("programme_workshops"."capacity" >= 0 and ("programme_workshops"."remote_capacity" is null or "programme_workshops"."remote_capacity" >= 0))
);
--> statement-breakpoint
CREATE TABLE "workshop_picks" (
	"registration_id" integer NOT NULL,
	"slot_id" integer NOT NULL,
	"workshop_id" integer NOT NULL,
	CONSTRAINT "workshop_picks_registration_id_slot_id_pk" PRIMARY KEY("registration_id","slot_id")
);
--> statement-breakpoint
ALTER TABLE "programme_slots" ADD CONSTRAINT "programme_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_workshops" ADD CONSTRAINT "programme_workshops_slot_id_programme_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."programme_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD CONSTRAINT "workshop_picks_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD CONSTRAINT "workshop_picks_slot_id_programme_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."programme_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_picks" ADD CONSTRAINT "workshop_picks_workshop_id_programme_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."programme_workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_slots_event_idx" ON "programme_slots" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "programme_workshops_slot_idx" ON "programme_workshops" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "workshop_picks_workshop_idx" ON "workshop_picks" USING btree ("workshop_id");--> statement-breakpoint
-- Workshop seats (issue 15 §2), counted the one way there is: the picks of live registrations
-- (confirmed AND waitlisted: a waiting person's pick reserves the seat, so a promotion from the
-- waiting list never has to look for a workshop) of the mode against the workshop's capacity of
-- that mode. NULL = unlimited (a remote place when the workshop has no remote capacity).
CREATE OR REPLACE FUNCTION kokoon_workshop_seats_left(p_workshop_id integer, p_attendance attendance_mode) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN c.cap IS NULL THEN NULL ELSE greatest(0, c.cap - (
      SELECT count(*)::integer FROM workshop_picks p JOIN registrations r ON r.id = p.registration_id
        WHERE p.workshop_id = p_workshop_id AND r.status <> 'cancelled' AND r.attendance = p_attendance)) END
    FROM (SELECT CASE WHEN p_attendance = 'onsite' THEN w.capacity ELSE w.remote_capacity END AS cap
            FROM programme_workshops w WHERE w.id = p_workshop_id) c
$$;
--> statement-breakpoint
-- The sign-up with its own-question answers and workshop picks, in one statement: kokoon_register
-- (which takes the event lock and decides the place), then the answers, then for each pick the
-- workshop row is locked and its seats counted in a statement of its own (so it sees every pick
-- committed by the previous lock holder). A full or unknown workshop rolls the whole block back —
-- registration, token, mail, answers — and answers 'workshop_full' / 'workshop_unknown' with the slot.
-- p_answers: [{question_id, value}], p_picks: [{slot, workshop}].
CREATE OR REPLACE FUNCTION kokoon_register_with(
  p_event_id integer,
  p_event_version text,
  p_attendance attendance_mode,
  p_email text,
  p_first_name text,
  p_last_name text,
  p_organisation text,
  p_municipality text,
  p_sector text,
  p_role text,
  p_diet text,
  p_access_needs text,
  p_language message_language,
  p_now timestamptz,
  p_token_hash text,
  p_confirmed_mail jsonb,
  p_waitlisted_mail jsonb,
  p_idempotency_key text,
  p_rate_key text,
  p_rate_window timestamptz,
  p_rate_limit integer,
  p_duplicate_mails integer,
  p_answers jsonb,
  p_picks jsonb
) RETURNS TABLE (outcome text, registration_id integer, queue_position integer, refused_slot integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  res record;
  pick record;
  seats integer;
  refusal text;
  slot integer;
BEGIN
  BEGIN
    SELECT * INTO res FROM kokoon_register(p_event_id, p_event_version, p_attendance, p_email, p_first_name,
      p_last_name, p_organisation, p_municipality, p_sector, p_role, p_diet, p_access_needs, p_language, p_now,
      p_token_hash, p_confirmed_mail, p_waitlisted_mail, p_idempotency_key, p_rate_key, p_rate_window,
      p_rate_limit, p_duplicate_mails);
    IF res.outcome IN ('confirmed', 'waitlisted') THEN
      INSERT INTO registration_answers (registration_id, question_id, value)
        SELECT res.registration_id, q.id, a.value
          FROM jsonb_to_recordset(coalesce(p_answers, '[]'::jsonb)) AS a(question_id integer, value jsonb)
          JOIN registration_questions q ON q.id = a.question_id AND q.event_id = p_event_id;
      FOR pick IN SELECT x.slot, x.workshop
          FROM jsonb_to_recordset(coalesce(p_picks, '[]'::jsonb)) AS x(slot integer, workshop integer)
          ORDER BY x.workshop LOOP
        PERFORM 1 FROM programme_workshops w JOIN programme_slots s ON s.id = w.slot_id
          WHERE w.id = pick.workshop AND w.slot_id = pick.slot AND s.event_id = p_event_id FOR UPDATE OF w;
        IF NOT FOUND THEN
          refusal := 'workshop_unknown'; slot := pick.slot;
          RAISE EXCEPTION 'workshop refused' USING ERRCODE = 'KK001';
        END IF;
        seats := kokoon_workshop_seats_left(pick.workshop, p_attendance);
        IF seats IS NOT NULL AND seats <= 0 THEN
          refusal := 'workshop_full'; slot := pick.slot;
          RAISE EXCEPTION 'workshop refused' USING ERRCODE = 'KK001';
        END IF;
        INSERT INTO workshop_picks (registration_id, slot_id, workshop_id) VALUES (res.registration_id, pick.slot, pick.workshop);
      END LOOP;
    END IF;
  EXCEPTION WHEN SQLSTATE 'KK001' THEN
    RETURN QUERY SELECT refusal, NULL::integer, NULL::integer, slot; RETURN;
  END;
  RETURN QUERY SELECT res.outcome, res.registration_id, res.queue_position, NULL::integer;
END
$$;
