import { describe, expect, it } from 'vitest';
import { offerDeadline } from '@/lib/registrations/offer-rules';
import { eventSchema, fieldErrors, type EventFormValues } from '@/lib/events/editor-schema';
import { formValues } from '../support/event-form';

const HOUR = 3600_000;
const now = new Date('2026-12-02T10:00:00Z');
const startsIn = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('the deadline of a waiting-list offer', () => {
  it("runs for the event's hours when the event is far away", () => {
    expect(offerDeadline({ startsAt: startsIn(240), offerHours: 24 }, now)).toEqual(startsIn(24));
    expect(offerDeadline({ startsAt: startsIn(240), offerHours: 6 }, now)).toEqual(startsIn(6));
  });

  it('never runs past 3 hours before the start', () => {
    expect(offerDeadline({ startsAt: startsIn(20), offerHours: 24 }, now)).toEqual(startsIn(17));
  });

  it('is no offer at all (the place is given at once) when less than an hour would be left', () => {
    expect(offerDeadline({ startsAt: startsIn(4), offerHours: 24 }, now)).toEqual(startsIn(1));
    expect(offerDeadline({ startsAt: startsIn(3.9), offerHours: 24 }, now)).toBeNull();
    expect(offerDeadline({ startsAt: startsIn(1), offerHours: 24 }, now)).toBeNull();
  });
});

describe('the event form: how a freed place is given', () => {
  const parse = (o: Partial<EventFormValues>) => eventSchema.safeParse(formValues(o));

  it('gives freed places at once unless the organiser chooses offers (a form without the field too)', () => {
    const { freedPlaces: _f, offerHours: _h, ...old } = formValues();
    expect(eventSchema.parse(old)).toMatchObject({ freedPlaces: 'at_once', offerHours: 24 });
    expect(parse({ freedPlaces: 'offer', offerHours: '12' }).data).toMatchObject({
      freedPlaces: 'offer',
      offerHours: 12,
    });
  });

  it('refuses an answer time outside 1–168 whole hours, on the field, only when offers are chosen', () => {
    for (const bad of ['0', '169', '1.5', 'vrk', '']) {
      const r = parse({ freedPlaces: 'offer', offerHours: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error && fieldErrors(r.error), bad).toEqual({ offerHours: 'editor.validation.offerHours' });
    }
    expect(parse({ freedPlaces: 'at_once', offerHours: 'vrk' }).data).toMatchObject({ offerHours: 24 });
    expect(parse({ freedPlaces: 'later' as 'offer' }).error?.issues[0].message).toBe('editor.validation.freedPlaces');
  });
});
