import { describe, expect, it } from 'vitest';
import { localeHref } from '@/components/ui/link';
import { routing } from '@/lib/i18n/routing';

// localeHref stands in for next-intl's getPathname (which cannot be loaded outside Next here):
// these are its answers for Kokoon's routing.
describe('server-rendered links', () => {
  it('rests on the routing it was written for', () => {
    expect(routing.localePrefix).toBe('always');
    expect('pathnames' in routing && routing.pathnames).toBeFalsy();
  });

  it.each([
    ['/', '/fi', '/sv'],
    ['/?region=TAYS&kind=webinar', '/fi?region=TAYS&kind=webinar', '/sv?region=TAYS&kind=webinar'],
    ['/about', '/fi/about', '/sv/about'],
    ['/workspace/events/3/edit', '/fi/workspace/events/3/edit', '/sv/workspace/events/3/edit'],
    ['/past?x=1#y', '/fi/past?x=1#y', '/sv/past?x=1#y'],
  ])('%s → %s, %s', (href, fi, sv) => {
    expect(localeHref(href, 'fi')).toBe(fi);
    expect(localeHref(href, 'sv')).toBe(sv);
  });

  it('leaves other addresses alone', () => {
    for (const href of ['https://example.fi/x', 'mailto:a@b.fi', '#main', '//cdn.example/x'])
      expect(localeHref(href, 'fi')).toBe(href);
  });
});
