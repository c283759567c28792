import { describe, expect, it } from 'vitest';
import {
  eventDownloadPath,
  feedPath,
  googleEventUrl,
  icsBaseName,
  parseFeedPath,
  subscribeUrls,
  utcStamp,
} from '@/lib/calendar/links';

describe('calendar links', () => {
  it('keeps the public feed paths exactly, and reads them back', () => {
    expect(feedPath({ kind: 'all' })).toBe('/calendar/all.ics');
    expect(feedPath({ kind: 'region', region: 'HYKS' })).toBe('/calendar/region/hyks.ics');
    expect(feedPath({ kind: 'region', region: 'oys', national: false })).toBe('/calendar/region/oys.ics?national=0');
    expect(feedPath({ kind: 'province', province: '14' })).toBe('/calendar/province/14.ics');
    expect(feedPath({ kind: 'theme', theme: 'sijoitetut-lapset' })).toBe('/calendar/theme/sijoitetut-lapset.ics');
    expect(eventDownloadPath('verkostopaiva', 'sv')).toBe('/calendar/events/verkostopaiva.ics?lang=sv');

    expect(parseFeedPath('/calendar/all.ics')).toEqual({ kind: 'all' });
    expect(parseFeedPath('/calendar/region/hyks.ics')).toEqual({ kind: 'region', region: 'hyks', national: true });
    expect(parseFeedPath('/calendar/region/hyks.ics?national=0&lang=sv')).toEqual({
      kind: 'region',
      region: 'hyks',
      national: false,
    });
    expect(parseFeedPath('/calendar/province/14.ics')).toEqual({ kind: 'province', province: '14' });
    expect(parseFeedPath('/calendar/theme/sijoitetut-lapset.ics')).toEqual({
      kind: 'theme',
      theme: 'sijoitetut-lapset',
    });
    // ?language= narrows any public feed to the events held in that language.
    expect(feedPath({ kind: 'all', language: 'sv' })).toBe('/calendar/all.ics?language=sv');
    expect(feedPath({ kind: 'region', region: 'OYS', national: false, language: 'bilingual' })).toBe(
      '/calendar/region/oys.ics?national=0&language=bilingual',
    );
    expect(parseFeedPath('/calendar/region/oys.ics?national=0&language=bilingual')).toEqual({
      kind: 'region',
      region: 'oys',
      national: false,
      language: 'bilingual',
    });
    expect(parseFeedPath('/calendar/theme/t.ics?language=en')).toEqual({ kind: 'theme', theme: 't', language: 'en' });
    expect(parseFeedPath('/calendar/all.ics?language=de')).toBeNull();
    expect(parseFeedPath('/calendar/region/hyks')).toBeNull();
    expect(parseFeedPath('/calendar/personal/abc.ics')).toBeNull();
    expect(parseFeedPath('/fi/events')).toBeNull();
  });

  it('takes the name out of "{name}.ics" and refuses anything else', () => {
    expect(icsBaseName('hyks.ics')).toBe('hyks');
    expect(icsBaseName('14.ics')).toBe('14');
    expect(icsBaseName('hyks')).toBeNull();
    expect(icsBaseName('.ics')).toBeNull();
    expect(icsBaseName('hyks.ics.txt')).toBeNull();
  });

  it('builds webcal, Google, Outlook.com and Microsoft 365 subscribe links from the https address', () => {
    const fi = subscribeUrls(
      'https://kokoon.example',
      '/calendar/region/hyks.ics',
      'fi',
      'Kokoon – HYKS-alueen tapahtumat',
    );
    expect(fi.https).toBe('https://kokoon.example/calendar/region/hyks.ics');
    expect(fi.webcal).toBe('webcal://kokoon.example/calendar/region/hyks.ics');
    expect(fi.google).toBe(
      `https://calendar.google.com/calendar/r?cid=${encodeURIComponent('webcal://kokoon.example/calendar/region/hyks.ics')}`,
    );
    expect(fi.outlook).toBe(
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent('https://kokoon.example/calendar/region/hyks.ics')}` +
        `&name=${encodeURIComponent('Kokoon – HYKS-alueen tapahtumat')}`,
    );
    expect(fi.microsoft365).toBe(
      `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent('https://kokoon.example/calendar/region/hyks.ics')}` +
        `&name=${encodeURIComponent('Kokoon – HYKS-alueen tapahtumat')}`,
    );
    const sv = subscribeUrls('https://kokoon.example', '/calendar/region/hyks.ics?national=0', 'sv', 'x');
    expect(sv.https).toBe('https://kokoon.example/calendar/region/hyks.ics?national=0&lang=sv');
    expect(sv.webcal).toBe('webcal://kokoon.example/calendar/region/hyks.ics?national=0&lang=sv');
  });

  it("fills Google Calendar's add-event form with UTC times", () => {
    expect(utcStamp(new Date('2027-03-26T07:00:00Z'))).toBe('20270326T070000Z');
    const url = new URL(
      googleEventUrl({
        title: 'Verkostopäivä & kevät',
        start: new Date('2027-03-30T06:00:00Z'),
        end: new Date('2027-03-30T12:30:00Z'),
        details: 'Rivi 1\nRivi 2',
        location: 'Paasitorni, Helsinki',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Verkostopäivä & kevät');
    expect(url.searchParams.get('dates')).toBe('20270330T060000Z/20270330T123000Z');
    expect(url.searchParams.get('details')).toBe('Rivi 1\nRivi 2');
    expect(url.searchParams.get('location')).toBe('Paasitorni, Helsinki');
  });
});
