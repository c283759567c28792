// The organiser's pasted invitation list (lib/invitations/parse.ts): what counts as one address,
// and that a single bad one refuses the whole paste, named back to the organiser.
import { describe, expect, it } from 'vitest';
import { INVITATION_LIMITS, parseInvitationList } from '@/lib/invitations/parse';

describe('parseInvitationList', () => {
  it('reads one a line, comma- or semicolon-separated, mail-program style, in any case, once each', () => {
    expect(
      parseInvitationList(
        ' Aino.Opettaja@Kunta.example \r\nbo@skola.example, cecilia@kunta.example;\n\nAino Opettaja <aino.opettaja@kunta.example>',
      ),
    ).toEqual({ ok: true, emails: ['aino.opettaja@kunta.example', 'bo@skola.example', 'cecilia@kunta.example'] });
  });

  it('refuses an empty paste', () => {
    expect(parseInvitationList('  \n , ;')).toMatchObject({ ok: false, error: 'invitations.errors.empty' });
    expect(parseInvitationList(undefined)).toMatchObject({ ok: false, error: 'invitations.errors.empty' });
  });

  it('names every address that is not one, and keeps none of the paste', () => {
    expect(parseInvitationList('hyva@kunta.example\nei osoite\n@kunta.example, toinen@')).toEqual({
      ok: false,
      error: 'invitations.errors.invalidAddresses',
      params: { addresses: 'ei osoite, @kunta.example, toinen@', count: 3 },
    });
  });

  it('refuses more than the limit at once', () => {
    const many = Array.from({ length: INVITATION_LIMITS.perPaste + 1 }, (_, i) => `h${i}@kunta.example`).join('\n');
    expect(parseInvitationList(many)).toMatchObject({ ok: false, error: 'invitations.errors.tooMany' });
  });
});
