-- Public pages are served from a cache in every web instance (lib/cache/page-cache.mjs). These
-- triggers tell every instance, through NOTIFY on channel kokoon_pages, when a change that shows on
-- a public page commits (NOTIFY is delivered at commit, never for a rolled-back change):
--   hard|event:<slug>,lists  — an event, its themes, stream, materials or organisers; a training
--                              series; reference data (re-render before serving again)
--   soft|event:<slug>,lists  — a registration's status or mode: seats left (served once more while
--                              it re-renders)
-- Identical payloads within one transaction are sent once, so a bulk change is one notification.
CREATE OR REPLACE FUNCTION kokoon_pages_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('kokoon_pages', 'hard|event:' || OLD.slug || ',lists');
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('kokoon_pages', 'hard|event:' || NEW.slug || ',lists');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kokoon_pages_notify_event_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0];
  ev_id integer;
  ev_slug text;
BEGIN
  ev_id := CASE WHEN TG_OP = 'DELETE' THEN OLD.event_id ELSE NEW.event_id END;
  SELECT e.slug INTO ev_slug FROM events e WHERE e.id = ev_id;
  PERFORM pg_notify('kokoon_pages', kind || '|' || CASE WHEN ev_slug IS NULL THEN '' ELSE 'event:' || ev_slug || ',' END || 'lists');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kokoon_pages_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kokoon_pages', 'hard|all');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER events_pages_notify AFTER INSERT OR UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event();
--> statement-breakpoint
CREATE TRIGGER registrations_pages_notify AFTER INSERT OR DELETE OR UPDATE OF status, attendance ON registrations
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event_child('soft');
--> statement-breakpoint
CREATE TRIGGER event_themes_pages_notify AFTER INSERT OR UPDATE OR DELETE ON event_themes
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event_child('hard');
--> statement-breakpoint
CREATE TRIGGER event_streams_pages_notify AFTER INSERT OR UPDATE OR DELETE ON event_streams
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event_child('hard');
--> statement-breakpoint
CREATE TRIGGER event_materials_pages_notify AFTER INSERT OR UPDATE OR DELETE ON event_materials
  FOR EACH ROW EXECUTE FUNCTION kokoon_pages_notify_event_child('hard');
--> statement-breakpoint
CREATE TRIGGER training_series_pages_notify AFTER INSERT OR UPDATE OR DELETE ON training_series
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();
--> statement-breakpoint
CREATE TRIGGER regions_pages_notify AFTER INSERT OR UPDATE OR DELETE ON regions
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();
--> statement-breakpoint
CREATE TRIGGER themes_pages_notify AFTER INSERT OR UPDATE OR DELETE ON themes
  FOR EACH STATEMENT EXECUTE FUNCTION kokoon_pages_notify_all();
