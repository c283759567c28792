import { describe, expect, it } from 'vitest';
import {
  eventSchema,
  fieldErrors,
  helsinkiInstant,
  localInputs,
  seriesSchema,
  streamSchema,
} from '@/lib/events/editor-schema';
import { formValues } from '../support/event-form';
import { firstFreeSlug, slugify } from '@/lib/events/slug';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';
import { translate } from '@/lib/i18n/messages';

const errorsOf = (values: unknown) => {
  const r = eventSchema.safeParse(values);
  return r.success ? {} : fieldErrors(r.error);
};

describe('event form schema', () => {
  it('turns Helsinki wall-clock dates into instants, across summer time', () => {
    const e = eventSchema.parse(formValues());
    expect(e.startsAt.toISOString()).toBe('2026-10-30T07:00:00.000Z'); // EET, +02:00
    expect(e.endsAt.toISOString()).toBe('2026-10-30T13:30:00.000Z');
    expect(helsinkiInstant('2026-06-03', '09:00')!.toISOString()).toBe('2026-06-03T06:00:00.000Z'); // EEST, +03:00
    expect(localInputs(e.startsAt)).toEqual({ date: '2026-10-30', time: '09:00' });
    expect(helsinkiInstant('2026-02-30', '9:00')).toBeNull();
  });

  it('refuses an end before the start, a closing before the opening and negative places, with message keys', () => {
    expect(errorsOf(formValues({ endDate: '2026-10-29' }))).toEqual({ endDate: 'editor.validation.endBeforeStart' });
    expect(errorsOf(formValues({ opensDate: '2026-10-01', closesDate: '2026-09-30' }))).toEqual({
      closesDate: 'editor.validation.closesBeforeOpens',
    });
    expect(errorsOf(formValues({ capacityOnsite: '-1' }))).toEqual({ capacityOnsite: 'editor.validation.capacity' });
    expect(errorsOf(formValues({ capacityOnsite: '' }))).toEqual({
      capacityOnsite: 'editor.validation.capacityOnsiteRequired',
    });
    expect(errorsOf(formValues({ titleFi: ' ', startDate: '30.10.2026', city: '' }))).toEqual({
      titleFi: 'editor.validation.required',
      startDate: 'editor.validation.date',
      city: 'editor.validation.city',
    });
    expect(errorsOf(formValues({ scope: 'province', provinceCode: '' }))).toEqual({
      provinceCode: 'editor.validation.province',
    });
    expect(errorsOf(formValues({ isFree: false }))).toEqual({ priceNote: 'editor.validation.priceNote' });
    expect(errorsOf(formValues({ slug: 'Ei kelpaa!' }))).toEqual({ slug: 'editor.validation.slug' });
  });

  it('keeps remote places empty as unlimited and drops what the format does not use', () => {
    const hybrid = eventSchema.parse(formValues({ format: 'hybrid', capacityRemote: '' }));
    expect(hybrid.capacityRemote).toBeNull();
    const online = eventSchema.parse(
      formValues({ format: 'online', capacityOnsite: '', capacityRemote: '200', city: '', scope: 'national' }),
    );
    expect(online).toMatchObject({
      capacityOnsite: null,
      capacityRemote: 200,
      venueName: null,
      regionCode: null,
      provinceCode: null,
    });
    const dayOnly = eventSchema.parse(formValues({ opensDate: '2026-09-01', closesDate: '2026-10-27' }));
    expect(dayOnly.registrationOpensAt!.toISOString()).toBe('2026-08-31T21:00:00.000Z');
    expect(dayOnly.registrationClosesAt!.toISOString()).toBe('2026-10-27T21:59:00.000Z');
  });

  it('accepts a plain form post (checkboxes as "on", one theme as a string)', () => {
    const e = eventSchema.parse({ ...formValues(), waitlistEnabled: 'on', isFree: 'on', themeIds: '2' });
    expect(e).toMatchObject({ waitlistEnabled: true, isFree: true, themeIds: [2] });
  });

  it('has every message key of the schemas in Finnish and Swedish', () => {
    const keys = new Set<string>();
    const collect = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
      r.error?.issues.forEach((i) => keys.add(i.message));
    collect(eventSchema.safeParse({}));
    collect(
      eventSchema.safeParse(
        formValues({
          endDate: '2026-10-29',
          opensDate: 'x',
          capacityOnsite: 'x',
          isFree: false,
          contactEmail: 'x',
          slug: '-',
        }),
      ),
    );
    collect(seriesSchema.safeParse({ titleFi: 'x'.repeat(500) }));
    collect(streamSchema.safeParse({ url: 'javascript:alert(1)' }));
    expect(keys.size).toBeGreaterThan(8);
    for (const key of keys) {
      expect(key).toMatch(/^editor\.validation\./);
      expect(translate('fi', key)).not.toBe(translate('sv', key));
    }
    expect(Object.keys(fi.editor)).toEqual(Object.keys(sv.editor));
  });
});

describe('slugs', () => {
  it('are made from the Finnish title, with ä, ö and å as plain letters', () => {
    expect(slugify('Lapsen osallisuus ja oikeudet – Tampere 30.10.')).toBe(
      'lapsen-osallisuus-ja-oikeudet-tampere-30-10',
    );
    expect(slugify('Käytöksellään oireilevat: Åbo & Jyväskylä')).toBe('kaytoksellaan-oireilevat-abo-jyvaskyla');
    expect(slugify('   ')).toBe('tapahtuma');
    expect(slugify('a'.repeat(50) + ' ' + 'b'.repeat(50)).length).toBeLessThanOrEqual(80);
  });

  it('take the next free number when taken', () => {
    expect(firstFreeSlug('paiva', [])).toBe('paiva');
    expect(firstFreeSlug('paiva', ['paiva', 'paiva-2'])).toBe('paiva-3');
  });
});
