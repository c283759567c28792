// Every mail Kokoon sends comes out of one registry and one render (issue 14 §2–3): each kind, in
// Finnish and Swedish, with its example props, has its texts formatted (no raw ICU pattern reaches a
// reader) and a plain-text part that says what the HTML says — headings as written, not upper-cased.
import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATES, MAIL_TEMPLATE_KINDS, KINDS_WITH_ATTACHMENTS } from '@/emails/registry';
import { MAIL_KINDS, render, type MailProps, type MailTemplateKind } from '@/emails/render';
import { renderOutgoing } from '@/lib/mail/worker';
import { PUBLIC_CLIENT_NAMESPACES, WORKSPACE_CLIENT_NAMESPACES } from '@/lib/i18n/client-messages';
import type { Locale } from '@/lib/i18n/routing';

const LOCALES: Locale[] = ['fi', 'sv'];
// A placeholder ("{name}") or a plural/select ("{count, plural, …") that was never formatted.
const RAW_ICU = /\{\s*\w+\s*(\}|,\s*(plural|select|selectordinal|number|date)\b)/;

const decode = (s: string) =>
  s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The headings of the HTML part, as a reader sees them. */
const headings = (html: string) =>
  [...html.matchAll(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)].map((m) =>
    decode(m[1].replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')).trim(),
  );

describe('mail template registry', () => {
  it('has a template for every kind of mail the outbox carries', () => {
    expect([...MAIL_TEMPLATE_KINDS].sort()).toEqual(
      [
        ...MAIL_KINDS,
        'survey',
        'certificate',
        'data_access',
        'signin',
        'organiser_invite',
        'event_invitation',
        'organiser_digest',
        'organiser_alert',
      ].sort(),
    );
    // Mails with a calendar invitation or a PDF never go in a batch request.
    expect([...KINDS_WITH_ATTACHMENTS].sort()).toEqual([
      'attendance_changed',
      'cancelled',
      'certificate',
      'confirmation',
      'event_cancelled',
      'event_changed',
      'promoted',
      'workshop_changed',
    ]);
  });

  for (const kind of MAIL_TEMPLATE_KINDS) {
    for (const locale of LOCALES) {
      it(`${kind} in ${locale}: subject, HTML and text part with every text formatted, headings as written`, async () => {
        const props = MAIL_TEMPLATES[kind].previewProps[locale] as MailProps[MailTemplateKind];
        const mail = await render(kind, props, locale);
        expect(mail.subject.trim()).not.toBe('');
        expect(mail.subject).not.toMatch(/\n/);
        for (const part of [mail.subject, mail.html, mail.text]) expect(part, kind).not.toMatch(RAW_ICU);
        expect(mail.text.trim().length).toBeGreaterThan(100);
        const hs = headings(mail.html);
        expect(hs.length).toBeGreaterThan(0);
        for (const h of hs) expect(mail.text, `${kind} ${locale} heading`).toContain(h);
      });
    }
  }

  it('refuses a kind it does not know and a language it does not speak', async () => {
    await expect(render('welcome' as 'signin', { locale: 'fi', url: 'https://x' }, 'fi')).rejects.toThrow(
      /unknown mail kind/,
    );
    await expect(render('signin', { locale: 'fi', url: 'https://x' }, 'en' as Locale)).rejects.toThrow(
      /unknown mail locale/,
    );
  });

  it('gives no client island the mail texts (they stay out of the browser bundles)', () => {
    expect(PUBLIC_CLIENT_NAMESPACES as readonly string[]).not.toContain('mail');
    expect(WORKSPACE_CLIENT_NAMESPACES as readonly string[]).not.toContain('mail');
  });
});

describe('plain-text part of the mails outside the registration flow', () => {
  const outgoing = (payload: object) =>
    renderOutgoing({ toEmail: 'someone@kunta.example', payload, idempotencyKey: 'test' });

  it('has the sign-in heading as written, not upper-cased', async () => {
    const fi = await outgoing({ kind: 'signin', locale: 'fi', url: 'https://kokoon.example/fi/signin/verify?token=x' });
    expect(fi.text).toContain('Kirjaudu Kokooniin');
    expect(fi.text).not.toContain('KIRJAUDU KOKOONIIN');
    const sv = await outgoing({ kind: 'signin', locale: 'sv', url: 'https://kokoon.example/sv/signin/verify?token=x' });
    expect(sv.text).toContain('Logga in i Kokoon');
    expect(sv.text).not.toContain('LOGGA IN I KOKOON');
  });

  it('has the invitation and survey headings as written, not upper-cased', async () => {
    const invite = await outgoing({ kind: 'organiser_invite', role: 'organiser', regions: ['HYKS'] });
    expect(invite.text).toContain('Sinut on kutsuttu Kokooniin');
    expect(invite.text).toContain('Du har bjudits in till Kokoon');
    expect(invite.text).toContain('Din behörighet: arrangör, områdena HYKS');
    const survey = await outgoing({
      kind: 'survey',
      locale: 'sv',
      firstName: 'Anna',
      title: 'Samling',
      when: '3.4.2026',
      closes: '10.4.2026',
      url: 'https://kokoon.example/sv/feedback/x',
    });
    expect(survey.text).toContain('Tack för att du deltog!');
    expect(survey.text).not.toContain('TACK FÖR ATT DU DELTOG!');
  });
});
