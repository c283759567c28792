import { describe, expect, it } from 'vitest';
import { REGISTRATION_FIELDS, detailsSchema, registrationSchema } from '@/lib/registrations/schema';

// The sign-up schema runs in the browser as zod/mini and on the server (422 per field): these are
// the message keys the server answers with, field by field.
const valid = {
  firstName: ' Anna ',
  lastName: 'Virtanen',
  organisation: 'Koulu',
  municipality: '091',
  sector: 'education',
  role: '',
  diet: null,
  language: 'fi',
  email: ' Anna@Example.FI ',
  attendance: 'onsite',
  consent: true,
  website: '',
};

const firstIssue = (input: unknown) => {
  const r = registrationSchema.safeParse(input);
  if (r.success) return null;
  const out: Record<string, string> = {};
  for (const i of r.error.issues) out[String(i.path[0] ?? '')] ??= i.message;
  return out;
};

describe('registration schema', () => {
  it('trims, lower-cases the address and empties optional fields to null', () => {
    const r = registrationSchema.parse(valid);
    expect(r).toMatchObject({ firstName: 'Anna', email: 'anna@example.fi', role: null, diet: null });
    expect(r.accessNeeds).toBeNull();
  });

  it.each([
    [{ firstName: '   ' }, 'firstName', 'validation.required'],
    [{ firstName: 5 }, 'firstName', 'validation.text'],
    [{ lastName: 'x'.repeat(101) }, 'lastName', 'validation.tooLong'],
    [{ organisation: 'a\u0000b' }, 'organisation', 'security.controlCharacters'],
    [{ municipality: '91' }, 'municipality', 'validation.municipality'],
    [{ sector: 'x' }, 'sector', 'validation.sector'],
    [{ role: 'x'.repeat(201) }, 'role', 'validation.tooLong'],
    [{ diet: '\uD800' }, 'diet', 'security.controlCharacters'],
    [{ language: 'en' }, 'language', 'validation.language'],
    [{ email: '' }, 'email', 'validation.required'],
    [{ email: 'a@b' }, 'email', 'validation.email'],
    [{ email: `${'x'.repeat(250)}@a.fi` }, 'email', 'validation.tooLong'],
    [{ attendance: 'both' }, 'attendance', 'validation.attendance'],
    [{ consent: false }, 'consent', 'validation.consent'],
  ])('%j → %s: %s', (change, field, key) => {
    expect(firstIssue({ ...valid, ...change })?.[field]).toBe(key);
  });

  it('refuses unknown fields and names them', () => {
    const r = registrationSchema.safeParse({ ...valid, admin: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.code === 'unrecognized_keys')).toMatchObject({ keys: ['admin'] });
  });

  it('keeps its fields and the manage page its subset', () => {
    expect(REGISTRATION_FIELDS).toEqual([
      'firstName',
      'lastName',
      'organisation',
      'municipality',
      'sector',
      'role',
      'diet',
      'accessNeeds',
      'language',
      'email',
      'attendance',
      'consent',
      'answers',
      'workshops',
      'roleCategory',
      'organisationType',
      'educationLevels',
      'vipuContact',
      'website',
    ]);
    const { email: _e, attendance: _a, consent: _c, website: _w, ...details } = valid;
    expect(detailsSchema.safeParse(details).success).toBe(true);
    expect(detailsSchema.safeParse({ ...details, email: 'anna@example.fi' }).success).toBe(false);
  });
});
