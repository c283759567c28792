ALTER TABLE "registration_questions" ALTER COLUMN "event_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "registration_questions" ADD COLUMN "series_id" integer;--> statement-breakpoint
ALTER TABLE "registration_questions" ADD CONSTRAINT "registration_questions_series_id_training_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."training_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_questions_series_idx" ON "registration_questions" USING btree ("series_id","position");--> statement-breakpoint
ALTER TABLE "registration_questions" ADD CONSTRAINT "registration_questions_one_owner" CHECK (("registration_questions"."event_id" is null) <> ("registration_questions"."series_id" is null));--> statement-breakpoint
-- A series question is answered on the sign-up of any session of its series: the same function as
-- migration 0019, with the answers' join taking the event's own questions and its series' ones.
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
          JOIN registration_questions q ON q.id = a.question_id
            AND (q.event_id = p_event_id OR q.series_id = (SELECT e.series_id FROM events e WHERE e.id = p_event_id));
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
