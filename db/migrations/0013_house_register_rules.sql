-- The sign-up rules in one home (issue 14 §4). kokoon_register (migrations 0005, 0009) already
-- decides capacity, duplicates and the waiting list under the event lock; this migration:
--
-- * adds kokoon_seats_left(event, mode): the free places of a mode (NULL = unlimited), counted the
--   one way there is: confirmed registrations of the mode against the mode's capacity. The sign-up
--   function counts with it, and the application asks it too (lib/registrations/availability.ts:
--   promotion from the waiting list, a switch of mode, an organiser's promotion, the workspace list)
--   instead of counting again in TypeScript;
-- * sets registrations.returning_participant (migration 0006) when the sign-up is written: true
--   when the person (same address, trimmed, any case) has a confirmed place at an event that starts
--   before this one — the rule of lib/stats/returning.ts — else false.
--
-- kokoon_register keeps its signature and its answers; only its body changes.
CREATE OR REPLACE FUNCTION kokoon_seats_left(p_event_id integer, p_attendance attendance_mode) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN c.cap IS NULL THEN NULL ELSE greatest(0, c.cap - (
      SELECT count(*)::integer FROM registrations r
        WHERE r.event_id = p_event_id AND r.status = 'confirmed' AND r.attendance = p_attendance)) END
    FROM (SELECT CASE WHEN p_attendance = 'onsite' THEN e.capacity_onsite ELSE e.capacity_remote END AS cap
            FROM events e WHERE e.id = p_event_id) c
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kokoon_register(
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
  p_duplicate_mails integer
) RETURNS TABLE (outcome text, registration_id integer, queue_position integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  ev record;
  seats integer;
  existing integer;
  hits integer;
  new_status registration_status;
  pos integer;
  new_id integer;
  mail jsonb;
  returning_person boolean;
BEGIN
  IF p_rate_key IS NOT NULL AND p_rate_limit > 0 THEN
    INSERT INTO rate_limits AS rl (key, window_start, count) VALUES (p_rate_key, p_rate_window, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rl.count + 1
      RETURNING rl.count INTO hits;
    IF random() < 0.01 THEN
      -- Old windows are useless: sweep now and then instead of on every request.
      DELETE FROM rate_limits WHERE window_start < p_now - interval '1 hour';
    END IF;
    IF hits > p_rate_limit THEN
      RETURN QUERY SELECT 'rate_limited'::text, NULL::integer, NULL::integer; RETURN;
    END IF;
  END IF;

  SELECT e.status, e.starts_at, e.waitlist_enabled, e.xmin::text AS version INTO ev
    FROM events e WHERE e.id = p_event_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'not_found'::text, NULL::integer, NULL::integer; RETURN;
  END IF;
  IF p_event_version IS NOT NULL AND ev.version <> p_event_version THEN
    RETURN QUERY SELECT 'stale'::text, NULL::integer, NULL::integer; RETURN;
  END IF;
  IF ev.status = 'draft' THEN
    RETURN QUERY SELECT 'not_found'::text, NULL::integer, NULL::integer; RETURN;
  END IF;
  IF ev.status = 'cancelled' THEN
    RETURN QUERY SELECT 'cancelled'::text, NULL::integer, NULL::integer; RETURN;
  END IF;

  SELECT r.id INTO existing FROM registrations r
    WHERE r.event_id = p_event_id AND lower(btrim(r.email)) = p_email AND r.status <> 'cancelled' LIMIT 1;
  IF existing IS NOT NULL THEN
    SELECT coalesce(sum(rl.count), 0)::integer INTO hits FROM rate_limits rl
      WHERE rl.key = 'duplicate-mail:' || existing AND rl.window_start > p_now - interval '1 hour';
    IF hits >= p_duplicate_mails THEN
      RETURN QUERY SELECT 'duplicate_quiet'::text, existing, NULL::integer; RETURN;
    END IF;
    INSERT INTO rate_limits AS rl (key, window_start, count) VALUES ('duplicate-mail:' || existing, p_now, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rl.count + 1;
    RETURN QUERY SELECT 'duplicate'::text, existing, NULL::integer; RETURN;
  END IF;

  -- A statement of its own after the lock: in READ COMMITTED it sees every registration committed
  -- by the previous lock holder.
  seats := kokoon_seats_left(p_event_id, p_attendance);
  IF seats IS NULL OR seats > 0 THEN
    new_status := 'confirmed';
    mail := p_confirmed_mail;
  ELSIF ev.waitlist_enabled THEN
    new_status := 'waitlisted';
    SELECT count(*)::integer + 1 INTO pos FROM registrations r
      WHERE r.event_id = p_event_id AND r.status = 'waitlisted' AND r.attendance = p_attendance;
    mail := jsonb_set(p_waitlisted_mail, '{data,position}', to_jsonb(pos));
  ELSE
    RETURN QUERY SELECT 'full'::text, NULL::integer, NULL::integer; RETURN;
  END IF;

  returning_person := EXISTS (
    SELECT 1 FROM registrations p JOIN events pe ON pe.id = p.event_id
      WHERE lower(btrim(p.email)) = lower(btrim(p_email)) AND p.status = 'confirmed' AND pe.starts_at < ev.starts_at);

  INSERT INTO registrations (event_id, status, attendance, first_name, last_name, email, organisation, municipality_code,
      sector_code, role, diet, access_needs, language, consent, created_at, updated_at, waitlisted_at, returning_participant)
    VALUES (p_event_id, new_status, p_attendance, p_first_name, p_last_name, p_email, p_organisation, p_municipality,
      p_sector, p_role, p_diet, p_access_needs, p_language, true, p_now, p_now,
      CASE WHEN new_status = 'waitlisted' THEN clock_timestamp() END, returning_person)
    RETURNING id INTO new_id;
  INSERT INTO access_tokens (token_hash, purpose, registration_id) VALUES (p_token_hash, 'manage', new_id);
  INSERT INTO mail_outbox (kind, registration_id, to_email, locale, payload, idempotency_key)
    VALUES (mail->>'kind', new_id, p_email, p_language::text, mail, p_idempotency_key);

  RETURN QUERY SELECT new_status::text, new_id, pos;
END
$$;
