import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';
import {
  PUBLIC_CLIENT_NAMESPACES,
  SIGN_UP_FORM_MESSAGES,
  WORKSPACE_CLIENT_NAMESPACES,
  pickMessages,
} from '@/lib/i18n/client-messages';
import { translator, type Messages } from '@/components/i18n/translate';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : flatten(v, `${prefix}${k}.`),
  );

describe('messages handed to the sign-up form', () => {
  it('picks whole namespaces and parts of them, and nothing else', () => {
    const picked = pickMessages(fi, SIGN_UP_FORM_MESSAGES) as Tree;
    expect(Object.keys(picked).sort()).toEqual(['registration', 'security', 'validation']);
    expect(Object.keys(picked.registration)).toEqual(['form']);
    expect(Object.keys(picked.security)).toEqual(['controlCharacters']);
    expect(picked.validation).toEqual(fi.validation);
  });

  for (const [locale, catalogue] of [
    ['fi', fi],
    ['sv', sv],
  ] as const) {
    it(`are filled in exactly as next-intl would (${locale})`, () => {
      const messages = pickMessages(catalogue, SIGN_UP_FORM_MESSAGES) as Messages;
      const ours = translator(messages);
      const intl = createTranslator({ locale, messages: catalogue });
      const values = { email: 'anna@example.fi', position: 3 };
      for (const [key, text] of flatten(messages as Tree)) {
        // Only {name} placeholders: no plural/select, rich text or ICU quoting the small translator does not know.
        expect(text, key).toMatch(/^(?:[^{}'<>#]|\{\w+\})*$/);
        expect(ours(key, values), key).toBe(intl(key as never, values as never));
      }
    });
  }

  it('never hands the calendar or certificate texts (feeds, invitations, PDFs) to a client island', () => {
    for (const paths of [PUBLIC_CLIENT_NAMESPACES, WORKSPACE_CLIENT_NAMESPACES, SIGN_UP_FORM_MESSAGES]) {
      const picked = pickMessages(fi, paths) as Tree;
      expect(picked.calendar).toBeUndefined();
      expect(picked.certificate).toBeUndefined();
    }
  });

  it('answers an unknown key with the key', () => {
    expect(translator({ a: { b: 'x' } })('a.c')).toBe('a.c');
  });
});
