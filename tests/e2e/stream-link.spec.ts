import { randomBytes } from 'node:crypto';
import { test, expect } from './support/test';
import { streamToken } from '@/lib/streams/tokens';
import { e2eDb } from './support/session';

// A personal stream link opened by a real browser, as mail security products (Safe Links and the
// like) open every link in a mail: page.goto is a top-level navigation that Chromium marks as the
// user's own (Sec-Fetch-User: ?1). Opening the link must neither count the person as attending
// nor reveal the stream; only pressing the page's button does.

let registrationId = 0;
let streamUrl = '';

test.beforeAll(async () => {
  const sql = e2eDb();
  const tag = randomBytes(4).toString('hex');
  streamUrl = `https://video.kokoon.example/live/skanneri-${tag}`;
  // A draft (never listed publicly) online event whose stream is open now.
  const [event] = await sql`
    insert into events (slug, kind, status, title_fi, scope, format, starts_at, ends_at, capacity_remote)
    values (${`striimitesti-${tag}`}, 'webinar', 'draft', 'Striimilinkin testi', 'national', 'online',
            now() + interval '10 minutes', now() + interval '2 hours', null)
    returning id`;
  await sql`insert into event_streams (event_id, url) values (${event.id}, ${streamUrl})`;
  const [reg] = await sql`
    insert into registrations (event_id, status, attendance, first_name, last_name, email, organisation, consent)
    values (${event.id}, 'confirmed', 'remote', 'Stina', 'Striimaaja', ${`striimi.${tag}@example.fi`}, 'Testikoulu', true)
    returning id`;
  registrationId = reg.id;
});

const joinedAt = async () =>
  (await e2eDb()`select remote_joined_at from registrations where id = ${registrationId}`)[0]
    .remote_joined_at as Date | null;

test('a browser opening the personal stream link records no join; the person pressing the button does', async ({
  page,
}) => {
  const link = `/stream/${streamToken(registrationId)}`;
  const navigation = page.waitForRequest((r) => r.url().endsWith(link) && r.isNavigationRequest());
  // The stream host is made up and unreachable from here: being sent there is what counts.
  const sentToStream: string[] = [];
  page.on('request', (r) => {
    if (r.url() === streamUrl) sentToStream.push(r.method());
  });

  // The scanner: a top-level navigation in Chromium, marked as the user's own.
  const response = await page.goto(link).catch((err: Error) => err);
  expect(await joinedAt()).toBeNull();
  expect(sentToStream).toEqual([]);
  expect((await (await navigation).allHeaders())['sec-fetch-user']).toBe('?1');
  expect(response instanceof Error ? response.message : response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(link);
  await expect(page.getByRole('button', { name: 'Avaa striimi' })).toBeVisible();
  expect(await page.content()).not.toContain(streamUrl);
  await page.reload();
  expect(await joinedAt()).toBeNull();

  // The person: presses the button, is sent to the stream, and the join is recorded.
  const toStream = page.waitForRequest((r) => r.url() === streamUrl);
  await page.getByRole('button', { name: 'Avaa striimi' }).click();
  await toStream;
  await expect.poll(joinedAt).not.toBeNull();
});
