// The pages the e2e walkers visit (axe in accessibility.spec.ts, no horizontal scroll at 320 px in
// reflow.spec.ts): public ones by path, workspace ones as a signed-in demo organiser, with the ids
// of seeded events and series looked up in the e2e database.
import { e2eDb } from './session';

export const publicPages = [
  '/fi',
  '/sv',
  '/fi?region=TAYS&kind=network_day',
  '/sv?kind=party',
  '/fi/past',
  '/sv/past',
  '/fi/regions',
  '/sv/regions/oys',
  '/fi/events/koulua-koulua-kaymattomille',
  '/sv/events/koulua-koulua-kaymattomille',
  '/fi/events/etela-savon-verkostopaiva',
  '/sv/events/tuvet-osallisuus-turku',
  '/fi/series/tuvet-lapsen-osallisuus',
  '/sv/series/tuvet-aikuisten-nakokulma',
  '/fi/about',
  '/sv/about',
  '/fi/ei-ole',
  '/fi/privacy',
  '/sv/privacy',
  '/fi/accessibility',
  '/sv/accessibility',
  // After the event and privacy (issue 6)
  '/fi/materials',
  '/sv/materials',
  '/fi/materials?theme=sijoitetut-lapset&q=diat',
  '/sv/materials?q=finns-inte',
  '/fi/my-data',
  '/sv/my-data',
  `/fi/my-data/${'x'.repeat(43)}`,
  `/sv/feedback/${'x'.repeat(43)}`,
  `/fi/feedback/${'x'.repeat(43)}`,
  // The embeddable list (issue 17)
  '/fi/embed?region=TAYS',
  '/sv/embed?kind=training&limit=3',
];

export type WorkspaceIds = { hyks: number; past: number; draft: number; series: number };
export type WorkspaceCase = { who: string; path: (ids: WorkspaceIds) => string };

export async function workspaceIds(): Promise<WorkspaceIds> {
  const idOf = async (slug: string) => {
    const [row] = await e2eDb()`select id from events where slug = ${slug}`;
    return row.id as number;
  };
  const [series] = await e2eDb()`select id from training_series order by id limit 1`;
  return {
    hyks: await idOf('hyks-verkostopaiva'),
    past: await idOf('kymenlaakson-verkostopaiva'),
    draft: await idOf('luonnos-oys-kevatseminaari'),
    series: series.id as number,
  };
}

/** A case's title: its path with the ids shown as {id}. */
export function caseTitle(c: WorkspaceCase): string {
  return `${c.path({ hyks: 0, past: 0, draft: 0, series: 0 }).replace(/\/0(\/|$)/, '/{id}$1')} as ${c.who}`;
}

/** Workspace pages of the reach statistics, messages, preview and organiser admin, in both languages (axe walk). */
export const workspaceAxeCases: WorkspaceCase[] = [
  { who: 'hyks@kokoon.example', path: () => '/fi/workspace' },
  { who: 'hyks@kokoon.example', path: () => '/fi/workspace/stats' },
  { who: 'hyks@kokoon.example', path: () => '/sv/workspace/stats?from=2020-01-01&to=2030-12-31' },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.past}/stats` },
  { who: 'hyks@kokoon.example', path: (ids) => `/sv/workspace/events/${ids.hyks}/stats` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}/messages` },
  { who: 'hyks@kokoon.example', path: (ids) => `/sv/workspace/events/${ids.hyks}/messages` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}/preview` },
  { who: 'oys@kokoon.example', path: (ids) => `/sv/workspace/events/${ids.draft}/preview` },
  { who: 'admin@kokoon.example', path: () => '/fi/workspace/stats' },
  { who: 'admin@kokoon.example', path: () => '/sv/workspace/stats?area=national' },
  { who: 'admin@kokoon.example', path: () => '/fi/workspace/organisers' },
  { who: 'admin@kokoon.example', path: () => '/sv/workspace/organisers' },
];

/** Every workspace page the e2e suite visits (the axe walk's and the other specs'), for the reflow check. */
export const workspaceCases: WorkspaceCase[] = [
  ...workspaceAxeCases,
  { who: 'admin@kokoon.example', path: () => '/sv/workspace' },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}` },
  { who: 'hyks@kokoon.example', path: (ids) => `/sv/workspace/events/${ids.hyks}` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}/checkin` },
  { who: 'hyks@kokoon.example', path: (ids) => `/sv/workspace/events/${ids.hyks}/checkin` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}/edit` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.past}/feedback` },
  { who: 'hyks@kokoon.example', path: (ids) => `/fi/workspace/events/${ids.hyks}/sheet` },
  { who: 'hyks@kokoon.example', path: () => '/fi/workspace/events/new' },
  { who: 'admin@kokoon.example', path: (ids) => `/fi/workspace/series/${ids.series}` },
  { who: 'hyks@kokoon.example', path: () => '/fi/workspace/series/new' },
  { who: 'hyks@kokoon.example', path: () => '/sv/workspace/feedback' },
  { who: 'admin@kokoon.example', path: () => '/fi/workspace/audit' },
  { who: 'admin@kokoon.example', path: () => '/sv/workspace/audit' },
  { who: 'admin@kokoon.example', path: () => '/fi/workspace/privacy' },
  { who: 'admin@kokoon.example', path: () => '/sv/workspace/embed?region=TAYS&lang=fi' },
  { who: 'hyks@kokoon.example', path: () => '/fi/workspace/account' },
  { who: 'admin@kokoon.example', path: () => '/sv/workspace/account' },
];
