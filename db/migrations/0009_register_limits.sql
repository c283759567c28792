-- kokoon_register, second version (the first is migration 0005). A sign-up is now one database
-- call in the common case:
--
-- * The public sign-up rate limit (lib/rate-limit.ts: a fixed one-minute window per client address
--   in rate_limits) is counted here, first, instead of in a query of its own. A request over the
--   limit changes nothing else. The count commits with the call, so it is kept even when the
--   answer is a duplicate, a full event or a stale event row.
-- * The application keeps the event row it composed the mails from for a few seconds and passes its
--   version (the row's xmin, which every UPDATE changes). Under the lock the function compares it:
--   'stale' means the event changed since, and the application reads it again and calls once more.
--   NULL skips the check.
-- * A second sign-up with an address already registered answers 'duplicate' (the application then
--   re-sends the manage link) at most p_duplicate_mails times an hour per registration; further ones
--   answer 'duplicate_quiet' and no mail goes out. The mails sent are logged as rows of rate_limits
--   (key 'duplicate-mail:<registration id>', one row per mail at its time; old rows are swept with
--   the other windows after an hour). The log is read and written under the event lock, so
--   concurrent duplicates cannot overshoot.
DROP FUNCTION IF EXISTS kokoon_register(integer, attendance_mode, text, text, text, text, text, text, text, text, text,
  message_language, timestamptz, text, jsonb, jsonb, text);
--> statement-breakpoint
CREATE FUNCTION kokoon_register(
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
  cap integer;
  taken integer;
  existing integer;
  hits integer;
  new_status registration_status;
  pos integer;
  new_id integer;
  mail jsonb;
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

  SELECT e.status, e.capacity_onsite, e.capacity_remote, e.waitlist_enabled, e.xmin::text AS version INTO ev
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
