import { describe, expect, it } from 'vitest';
import { MAIL_KINDS, exampleMailData, renderMail, type MailData, type MailKind, type Locale } from '@/emails/render';
import { fi, fill, sv, textValues } from '@/emails/messages';

const LOCALES: Locale[] = ['fi', 'sv'];
// Kinds whose reader still has a registration to change or cancel.
const WITH_MANAGE_LINK: MailKind[] = [
  'confirmation',
  'waitlisted',
  'promoted',
  'reminder',
  'event_changed',
  'duplicate',
  'stream_opens',
  'organiser_message',
  'attendance_changed',
  'materials_available',
  'offer',
  'workshop_changed',
];
// Kinds that may carry the personal stream link (reminder only for remote attendance).
const WITH_STREAM_LINK: MailKind[] = ['reminder', 'stream_opens'];

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const fiKeys = leaves(fi as unknown as Tree);
const svKeys = leaves(sv as unknown as Tree);

function data(locale: Locale, over: Partial<MailData> = {}): MailData {
  return { ...exampleMailData[locale], changeNote: 'Ohjelma päivitetty – program uppdaterat', ...over };
}

/** Text a reader sees in the HTML: tags, comments and entities stripped. */
function visibleHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

describe('participant mails', () => {
  for (const kind of MAIL_KINDS) {
    for (const locale of LOCALES) {
      it(`renders ${kind} in ${locale} with subject, lang, text part and no leaked keys`, async () => {
        const d = data(locale);
        const mail = await renderMail(kind, d);

        expect(mail.subject).toContain(d.event.title);
        expect(mail.subject).not.toMatch(/\n/);
        expect(mail.html).toMatch(new RegExp(`<html[^>]*\\blang="${locale}"`));
        expect(mail.text.trim().length).toBeGreaterThan(200);
        expect(mail.text).toContain(d.event.title);
        expect(mail.text).toContain(`${locale === 'fi' ? 'Hei' : 'Hej'} ${d.firstName}`);
        expect(mail.text).toContain(locale === 'fi' ? 'Kokoon – VIP-verkosto' : 'Kokoon – VIP-nätverket');

        if (WITH_MANAGE_LINK.includes(kind)) {
          expect(mail.text).toContain(d.manageUrl);
          expect(mail.html).toContain(`href="${d.manageUrl}"`);
        } else {
          expect(mail.text).not.toContain(d.manageUrl);
          expect(mail.html).not.toContain(d.manageUrl);
        }

        for (const part of [mail.subject, mail.text, visibleHtml(mail.html)]) {
          expect(part).not.toMatch(/\bundefined\b|\bnull\b|NaN|\[object Object\]/);
          expect(part).not.toMatch(/\{\w+\}/);
          for (const key of fiKeys.keys()) expect(part).not.toContain(key);
        }
      });
    }

    it(`writes ${kind} differently in Finnish and Swedish, each from its own catalogue`, async () => {
      const [f, s] = await Promise.all([renderMail(kind, data('fi')), renderMail(kind, data('sv'))]);
      expect(f.subject).not.toBe(s.subject);
      expect(f.text).not.toBe(s.text);
      // Headings are ICU texts (the reminder's says "today" or "tomorrow"): compare them formatted.
      const heading = (l: Locale) => fill(l, (l === 'fi' ? fi : sv)[kind].heading, textValues(data(l)));
      expect(f.text).toContain(heading('fi'));
      expect(s.text).toContain(heading('sv'));
      expect(s.text).not.toContain(heading('fi'));
    });
  }

  it('uses the translated subjects the mail headers promise', async () => {
    expect((await renderMail('confirmation', data('fi'))).subject).toBe(
      'Ilmoittautuminen vahvistettu: Koulua koulua käymättömille – kokoontumisajo',
    );
    expect((await renderMail('confirmation', data('sv'))).subject).toBe(
      'Anmälan bekräftad: Skola för elever som inte går i skolan – samling',
    );
  });

  it('tells a confirmed participant the place, attendance mode and that a calendar invitation is attached', async () => {
    const mail = await renderMail('confirmation', data('fi', { attendance: 'remote' }));
    expect(mail.text).toContain('Paikka: Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki');
    expect(mail.text).toContain('Osallistumistapa: etänä');
    expect(mail.text).toContain(fi.confirmation.calendar);
    expect(mail.text).toContain('liisa.korhonen@example.fi');
    expect(mail.html).toContain('href="mailto:liisa.korhonen@example.fi"');
  });

  it('mentions the attached calendar file in every mail that carries one', async () => {
    for (const kind of ['confirmation', 'promoted', 'event_changed', 'cancelled', 'event_cancelled'] as const) {
      expect((await renderMail(kind, data('fi'))).text).toContain(fi[kind].calendar);
      expect((await renderMail(kind, data('sv'))).text).toContain(sv[kind].calendar);
    }
  });

  it('shows "online" instead of a place for an online-only event, and omits a missing contact', async () => {
    const event = { ...exampleMailData.sv.event, where: null, contactName: null, contactEmail: null };
    const mail = await renderMail('reminder', data('sv', { event }));
    expect(mail.text).toContain('Plats: På nätet');
    expect(mail.text).not.toContain(sv.common.contactHeading);
    expect(mail.text).not.toContain(sv.common.alsoOnline);
  });

  it('does not offer attendance or online viewing for a cancelled registration or event', async () => {
    for (const kind of ['cancelled', 'event_cancelled'] as const) {
      const mail = await renderMail(kind, data('fi'));
      expect(mail.text).not.toContain(fi.common.alsoOnline);
      expect(mail.text).not.toContain(`${fi.common.attendance}:`);
    }
  });

  it('gives the waiting-list position, in both the waitlisted and the duplicate mail', async () => {
    expect((await renderMail('waitlisted', data('fi', { position: 7 }))).text).toContain('Olet jonossa sijalla 7.');
    expect((await renderMail('waitlisted', data('sv', { position: 7 }))).text).toContain('Du är nummer 7 i kön.');
    const dup = await renderMail('duplicate', data('fi', { status: 'waitlisted', position: 2 }));
    expect(dup.text).toContain('Ilmoittautumisen tila: jonossa sijalla 2');
    const confirmed = await renderMail('duplicate', data('sv', { status: 'confirmed' }));
    expect(confirmed.text).toContain('Anmälans status: bekräftad');
  });

  it('renders without a position or note when none is given', async () => {
    const waitlisted = await renderMail('waitlisted', data('fi', { position: undefined }));
    expect(waitlisted.text).not.toContain('sijalla');
    const changed = await renderMail('event_changed', data('fi', { changeNote: null }));
    expect(changed.text).not.toContain(fi.common.changeNoteHeading);
  });

  it("carries the organiser's note, line breaks kept, in changed and cancelled events", async () => {
    const changeNote = 'Tapahtuma siirtyy Tampereelle.\nJunalippuja ei korvata.';
    for (const kind of ['event_changed', 'event_cancelled'] as const) {
      const mail = await renderMail(kind, data('fi', { changeNote }));
      expect(mail.text).toContain(fi.common.changeNoteHeading);
      expect(mail.text).toContain('Tapahtuma siirtyy Tampereelle.\nJunalippuja ei korvata.');
      expect(mail.html).toMatch(/Tapahtuma siirtyy Tampereelle\.(<\/span><span>)?<br\/>Junalippuja ei korvata\./);
    }
  });

  it('escapes markup in every piece of data instead of letting it into the HTML', async () => {
    const attack = '<script>alert(1)</script>';
    const d = data('fi', {
      firstName: `<img src=x onerror=alert(1)>`,
      event: { ...exampleMailData.fi.event, title: `Päivä ${attack}`, where: `<b>Sali</b>`, contactName: attack },
      changeNote: `<a href="https://evil.example">klikkaa</a>`,
    });
    for (const kind of MAIL_KINDS) {
      const mail = await renderMail(kind, d);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<img src=x');
      expect(mail.html).not.toContain('href="https://evil.example"');
      expect(mail.html).toContain('Päivä &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(mail.subject).toBe(mail.subject.replace(/\n/g, ''));
    }
  });

  it('tells remote participants the stream is opening, with their personal link, in both languages', async () => {
    for (const locale of LOCALES) {
      const t = locale === 'fi' ? fi : sv;
      const d = data(locale, { attendance: 'remote' });
      const mail = await renderMail('stream_opens', d);
      expect(mail.html).toContain(`href="${d.streamUrl}"`);
      expect(visibleHtml(mail.html)).toContain(t.common.streamButton);
      expect(mail.text).toContain(`${t.common.streamUrl} ${d.streamUrl}`);
      expect(mail.text).toContain(t.common.streamPersonal);
      expect(mail.text).toContain(d.event.when);
      expect(mail.text).toContain(d.manageUrl);
      expect(mail.text).toContain(t.common.contactHeading);
      expect(mail.text).not.toContain(t.stream_opens.noStream);
    }
    expect(fi.common.streamButton).toBe('Avaa striimi');
    expect(sv.common.streamButton).toBe('Öppna livesändningen');
    expect(fi.common.streamPersonal).toBe('Linkki on henkilökohtainen – älä jaa sitä.');
    expect(sv.common.streamPersonal).toBe('Länken är personlig – dela den inte.');
    expect((await renderMail('stream_opens', data('fi'))).subject).toBe(
      'Striimi alkaa pian: Koulua koulua käymättömille – kokoontumisajo',
    );
    expect((await renderMail('stream_opens', data('sv'))).subject).toBe(
      'Livesändningen börjar snart: Skola för elever som inte går i skolan – samling',
    );
  });

  it('still sends stream_opens without a stream link, pointing to the registration page instead', async () => {
    for (const streamUrl of [null, undefined, '  ']) {
      const mail = await renderMail('stream_opens', data('fi', { attendance: 'remote', streamUrl }));
      expect(mail.html).not.toContain('/stream/');
      expect(visibleHtml(mail.html)).not.toContain(fi.common.streamButton);
      expect(mail.text).not.toContain(fi.common.streamPersonal);
      expect(mail.text).toContain(fi.stream_opens.noStream);
      expect(mail.text).toContain(exampleMailData.fi.manageUrl);
      expect(mail.text).not.toMatch(/\bundefined\b|\bnull\b/);
    }
  });

  it('gives the stream link in the reminder only to a remote participant who has one', async () => {
    for (const locale of LOCALES) {
      const t = locale === 'fi' ? fi : sv;
      const remote = await renderMail('reminder', data(locale, { attendance: 'remote' }));
      const url = exampleMailData[locale].streamUrl!;
      expect(remote.html).toContain(`href="${url}"`);
      expect(visibleHtml(remote.html)).toContain(t.common.streamButton);
      expect(remote.text).toContain(`${t.common.streamUrl} ${url}`);
      expect(remote.text).toContain(t.common.streamPersonal);
      expect(remote.text).toContain(t.reminder.stream);

      for (const over of [{ attendance: 'remote', streamUrl: null }, { attendance: 'onsite' }] as const) {
        const mail = await renderMail('reminder', data(locale, over));
        expect(mail.html).not.toContain('/stream/');
        expect(mail.text).not.toContain('/stream/');
        expect(visibleHtml(mail.html)).not.toContain(t.common.streamButton);
        expect(mail.text).not.toContain(t.common.streamPersonal);
        expect(mail.text).not.toContain(t.reminder.stream);
      }
    }
  });

  it('tells a remote participant of a streamed event when the stream link comes, and no one else', async () => {
    for (const locale of LOCALES) {
      const t = locale === 'fi' ? fi : sv;
      for (const kind of ['confirmation', 'promoted'] as const) {
        const remote = await renderMail(kind, data(locale, { attendance: 'remote' }));
        expect(remote.text).toContain(t.common.streamLater);
        const base = data(locale, {});
        for (const other of [
          data(locale, { attendance: 'onsite' }),
          { ...base, attendance: 'remote' as const, event: { ...base.event, online: false } },
        ]) {
          expect((await renderMail(kind, other)).text).not.toContain(t.common.streamLater);
        }
      }
    }
  });

  it('puts no stream link into any other mail, and only ever the personal one', async () => {
    for (const kind of MAIL_KINDS) {
      for (const locale of LOCALES) {
        const d = data(locale, { attendance: 'remote' });
        const mail = await renderMail(kind, d);
        if (WITH_STREAM_LINK.includes(kind)) {
          for (const [href] of mail.html.matchAll(/href="[^"]*stream[^"]*"/gi))
            expect(href).toBe(`href="${d.streamUrl}"`);
        } else {
          // The only mention allowed: the note that the link comes later (confirmation, promoted).
          const later = (locale === 'fi' ? fi : sv).common.streamLater;
          expect(mail.html.replace(later, '').toLowerCase()).not.toMatch(/stream|striimi|livesändning/);
          expect(mail.text.replace(later, '').toLowerCase()).not.toMatch(/stream|striimi|livesändning/);
        }
      }
    }
  });

  it('lists stream_opens among the mail kinds', () => {
    expect(MAIL_KINDS).toContain('stream_opens');
    expect(new Set(MAIL_KINDS).size).toBe(MAIL_KINDS.length);
  });

  it('refuses an unknown kind rather than sending an empty mail', async () => {
    await expect(renderMail('welcome' as MailKind, data('fi'))).rejects.toThrow(/unknown mail kind/);
  });
});

describe('mail message catalogues', () => {
  it('have exactly the same keys in Finnish and Swedish', () => {
    expect([...svKeys.keys()].sort()).toEqual([...fiKeys.keys()].sort());
    expect(
      Object.keys(fi)
        .filter((k) => k !== 'layout' && k !== 'common')
        .sort(),
    ).toEqual([...MAIL_KINDS].sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, text] of fiKeys) {
      expect(text.trim(), key).not.toBe('');
      expect(svKeys.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(svKeys.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('put the event title into every subject', () => {
    for (const kind of MAIL_KINDS) {
      expect(fi[kind].subject).toContain('{title}');
      expect(sv[kind].subject).toContain('{title}');
    }
  });
});

describe('organiser messages', () => {
  it("carries the organiser's own subject and text, paragraphs and line breaks kept, escaped, in both parts", async () => {
    const attack = '<script>alert(1)</script> & <b>lihava</b>';
    const mail = await renderMail('organiser_message', {
      ...exampleMailData.fi,
      message: {
        subject: `Tärkeää:\r\nBcc: x@y.example ${attack}`,
        body: `Ensimmäinen rivi\ntoinen rivi\n\n${attack}`,
      },
    });
    expect(mail.subject).toBe(`Tärkeää: Bcc: x@y.example ${attack} – ${exampleMailData.fi.event.title}`);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>lihava</b>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toMatch(/Ensimmäinen rivi(<\/span><span>)?<br\/?>toinen rivi/);
    expect(mail.text).toContain('Ensimmäinen rivi\ntoinen rivi');
    expect(mail.text).toContain(attack);
    expect(mail.text).toContain('Viesti tapahtuman järjestäjältä');
  });
});

describe('waiting-list offer', () => {
  for (const locale of LOCALES) {
    it(`names the deadline and links accept and decline to the manage page (${locale})`, async () => {
      const d = data(locale, {
        offerExpires: locale === 'fi' ? 'ti 15.12.2026 klo 14.30' : 'tis 15.12.2026 kl. 14.30',
      });
      const mail = await renderMail('offer', d);
      expect(mail.subject).toContain(d.event.title);
      expect(mail.text).toContain(d.offerExpires);
      expect(mail.html).toContain(`href="${d.manageUrl}?offer=accept#offer"`);
      expect(mail.html).toContain(`href="${d.manageUrl}?offer=decline#offer"`);
      expect(mail.text).toContain(`${d.manageUrl}?offer=accept#offer`);
    });
  }
});
