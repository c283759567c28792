-- The critical section of a sign-up as one statement: lock the event row, check for a live
-- registration with the same address, count the confirmed places of the mode, and insert the
-- registration, its manage-token hash and its outbox mail. Called outside an explicit transaction,
-- the lock is held only while PostgreSQL runs these statements and commits: never while a
-- round trip waits for a busy application process (lib/registrations/service.ts).
--
-- In READ COMMITTED every statement of a volatile PL/pgSQL function takes a fresh snapshot, so the
-- counts after the lock see every registration committed by the previous lock holder.
CREATE OR REPLACE FUNCTION kokoon_register(
  p_event_id integer,
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
  p_idempotency_key text
) RETURNS TABLE (outcome text, registration_id integer, queue_position integer)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  ev record;
  cap integer;
  taken integer;
  existing integer;
  new_status registration_status;
  pos integer;
  new_id integer;
  mail jsonb;
BEGIN
  SELECT e.status, e.capacity_onsite, e.capacity_remote, e.waitlist_enabled INTO ev
    FROM events e WHERE e.id = p_event_id FOR UPDATE;
  IF NOT FOUND OR ev.status = 'draft' THEN
    RETURN QUERY SELECT 'not_found'::text, NULL::integer, NULL::integer; RETURN;
  END IF;
  IF ev.status = 'cancelled' THEN
    RETURN QUERY SELECT 'cancelled'::text, NULL::integer, NULL::integer; RETURN;
  END IF;

  SELECT r.id INTO existing FROM registrations r
    WHERE r.event_id = p_event_id AND lower(btrim(r.email)) = p_email AND r.status <> 'cancelled' LIMIT 1;
  IF existing IS NOT NULL THEN
    RETURN QUERY SELECT 'duplicate'::text, existing, NULL::integer; RETURN;
  END IF;

  cap := CASE WHEN p_attendance = 'onsite' THEN ev.capacity_onsite ELSE ev.capacity_remote END;
  IF cap IS NOT NULL THEN
    SELECT count(*)::integer INTO taken FROM registrations r
      WHERE r.event_id = p_event_id AND r.status = 'confirmed' AND r.attendance = p_attendance;
  END IF;
  IF cap IS NULL OR taken < cap THEN
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

  INSERT INTO registrations (event_id, status, attendance, first_name, last_name, email, organisation, municipality_code,
      sector_code, role, diet, access_needs, language, consent, created_at, updated_at, waitlisted_at)
    VALUES (p_event_id, new_status, p_attendance, p_first_name, p_last_name, p_email, p_organisation, p_municipality,
      p_sector, p_role, p_diet, p_access_needs, p_language, true, p_now, p_now,
      CASE WHEN new_status = 'waitlisted' THEN clock_timestamp() END)
    RETURNING id INTO new_id;
  INSERT INTO access_tokens (token_hash, purpose, registration_id) VALUES (p_token_hash, 'manage', new_id);
  INSERT INTO mail_outbox (kind, registration_id, to_email, locale, payload, idempotency_key)
    VALUES (mail->>'kind', new_id, p_email, p_language::text, mail, p_idempotency_key);

  RETURN QUERY SELECT new_status::text, new_id, pos;
END
$$;
