import { describe, expect, it } from 'vitest';
import { parseApiFilters, parseCatalogueFilters } from '@/lib/events/filters';

const ref = {
  regionCodes: ['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS'],
  provinceCodes: ['01', '14', '19'],
  themeSlugs: ['koulua-kaymattomat'],
};

describe('event filters', () => {
  it('accepts region codes in any case and national', () => {
    expect(parseApiFilters(new URLSearchParams('region=tyks'), ref).query.region).toBe('TYKS');
    expect(parseApiFilters(new URLSearchParams('region=national'), ref).query.region).toBe('national');
  });

  it('reports every bad value by name', () => {
    const { errors } = parseApiFilters(
      new URLSearchParams('region=XYZ&kind=party&theme=nope&province=99&lang=en&from=2026-02-30&bogus=1'),
      ref,
    );
    expect(errors.map((e) => `${e.code}:${e.name}`).sort()).toEqual([
      'invalidDate:from',
      'invalidParameter:kind',
      'invalidParameter:lang',
      'invalidParameter:province',
      'invalidParameter:region',
      'invalidParameter:theme',
      'unknownParameter:bogus',
    ]);
  });

  it('treats `to` as inclusive and refuses a reversed range', () => {
    const { query, errors } = parseApiFilters(new URLSearchParams('from=2026-06-01&to=2026-06-30'), ref);
    expect(errors).toEqual([]);
    expect(query.startsFrom?.toISOString()).toBe('2026-05-31T21:00:00.000Z');
    expect(query.startsBefore?.toISOString()).toBe('2026-06-30T21:00:00.000Z');
    expect(parseApiFilters(new URLSearchParams('from=2026-07-01&to=2026-06-01'), ref).errors[0].code).toBe(
      'invalidRange',
    );
  });

  it('turns a catalogue month into its Helsinki range and drops a malformed one', () => {
    const ok = parseCatalogueFilters({ month: '2026-04', theme: 'koulua-kaymattomat' }, ref);
    expect(ok.month).toBe('2026-04');
    expect(ok.query.startsFrom?.toISOString()).toBe('2026-03-31T21:00:00.000Z');
    expect(ok.query.theme).toBe('koulua-kaymattomat');
    const bad = parseCatalogueFilters({ month: '2026-4x' }, ref);
    expect(bad.month).toBeUndefined();
    expect(bad.query.startsFrom).toBeUndefined();
    expect(bad.errors[0]).toMatchObject({ code: 'invalidDate', name: 'month' });
  });

  it('ignores empty values as if the filter were not there', () => {
    const { query, errors } = parseCatalogueFilters({ region: '', kind: '  ' }, ref);
    expect(errors).toEqual([]);
    expect(query).toEqual({});
  });
});
