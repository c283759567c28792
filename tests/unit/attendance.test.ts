import { describe, expect, it } from 'vitest';
import { guardFormula, toCsv } from '@/lib/csv';
import { foldForSearch, matchesWords, queryWords } from '@/lib/attendance/search';
import { filtersQuery, parseFilters } from '@/lib/attendance/filters';
import { checkInCode, checkInUrl, qrDataUrl, verifyCheckInCode } from '@/lib/attendance/qr';
import { parseId } from '@/lib/ids';
import { exampleMailData, renderMail } from '@/emails/render';

describe('CSV for Finnish Excel', () => {
  it('prefixes every cell a spreadsheet would run as a formula, and nothing else', () => {
    for (const v of ['=1+1', '+358401234', '-2', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(v)).toBe(`'${v}`);
    for (const v of ['Äijälä', '1-2', 'a=b', ' =1', '']) expect(guardFormula(v)).toBe(v);
  });

  it('writes BOM, semicolons, CRLF and quoted fields', () => {
    const bytes = toCsv(
      ['Nimi', 'Huom'],
      [
        ['Öljymäki; "Ö"', null],
        ['=cmd', 3],
      ],
    );
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8')).toBe('"Nimi";"Huom"\r\n"Öljymäki; ""Ö""";""\r\n"\'=cmd";"3"\r\n');
  });
});

describe('search', () => {
  it('folds case and accents, and needs every word somewhere', () => {
    expect(foldForSearch('ÄIJÄLÄ Björn Åsa')).toBe('aijala bjorn asa');
    expect(queryWords('  Aino   ÄIJÄLÄ ')).toEqual(['aino', 'aijala']);
    expect(matchesWords(['Aino Äijälä', 'aino@x.fi'], queryWords('äijälä aino'))).toBe(true);
    expect(matchesWords(['Aino Äijälä', null], queryWords('aino virtanen'))).toBe(false);
    expect(matchesWords(['x'], [])).toBe(true);
  });
});

describe('list filters from the query', () => {
  it('keeps valid values and drops the rest', () => {
    expect(
      parseFilters({
        q: '  Äijälä ',
        mode: 'onsite',
        status: 'bogus',
        sector: 'education',
        municipality: '091',
        other: 'x',
      }),
    ).toEqual({ q: 'Äijälä', mode: 'onsite', sector: 'education', municipality: '091' });
    expect(parseFilters(new URLSearchParams('municipality=91&mode=&q='))).toEqual({});
    expect(parseFilters({ status: ['waitlisted', 'confirmed'] })).toEqual({ status: 'waitlisted' });
    expect(filtersQuery({ q: 'a b', mode: 'remote' }, { list: 'waitlist' })).toBe('q=a+b&mode=remote&list=waitlist');
  });

  it('reads ids strictly', () => {
    expect(parseId('12')).toBe(12);
    for (const v of ['', '0', '-1', '1.5', '1e3', '12abc', '99999999999', null, undefined])
      expect(parseId(v)).toBeNull();
  });
});

describe('check-in codes', () => {
  it('verifies its own codes and refuses forged, altered and malformed ones', () => {
    const code = checkInCode(42);
    expect(code).toMatch(/^42\.[A-Za-z0-9_-]{22}$/);
    expect(verifyCheckInCode(code)).toBe(42);
    const mac = code.split('.')[1];
    expect(verifyCheckInCode(`43.${mac}`)).toBeNull();
    expect(verifyCheckInCode(`42.${mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`)).toBeNull();
    for (const bad of ['42', '42.', `42.${mac}=`, `x.${mac}`, `0.${mac}`, `99999999999.${mac}`])
      expect(verifyCheckInCode(bad)).toBeNull();
    expect(checkInUrl('sv', 42)).toBe(`http://localhost:3000/sv/workspace/checkin/${code}`);
  });

  it('draws the URL as a PNG data URL', async () => {
    const url = await qrDataUrl(checkInUrl('fi', 42));
    expect(url).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(url.split(',')[1], 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('shows the QR image in the HTML part only, with alt text, and only when there is one', async () => {
    const qr = await qrDataUrl('http://localhost:3000/fi/workspace/checkin/1.AAAAAAAAAAAAAAAAAAAAAA');
    for (const kind of ['confirmation', 'promoted'] as const) {
      const withCode = await renderMail(kind, {
        ...exampleMailData.fi,
        checkInUrl: 'http://localhost:3000/fi/workspace/checkin/1.x',
        checkInQrSrc: qr,
      });
      expect(withCode.html).toContain(`src="${qr}"`);
      expect(withCode.html).toMatch(/alt="Henkilökohtainen QR-koodisi saapumisen kirjaamiseen"/);
      expect(withCode.html).toContain('QR-koodi ilmoittautumispisteelle');
      expect(withCode.text).not.toContain('data:image');
      expect(withCode.text).not.toContain('QR-koodi ilmoittautumispisteelle');
      const without = await renderMail(kind, exampleMailData.fi);
      expect(without.html).not.toContain('<img');
    }
  });
});
