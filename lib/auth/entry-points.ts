import 'server-only';
// How a workspace entry point starts: the session's organiser and the locale resolved once, before
// anything else. `withOrganiser` wraps a route handler (signed out → the one 303 to the sign-in page,
// a database that is down → the translated 503); `organiserAction` wraps a form's server action
// (signed out → its translated message, the id from the client parsed, the values parsed again
// with the form's schema, refusals translated); `actionOrganiser` starts a plain POST form's action
// (signed out → the sign-in page). Scope is then checked by the lib/ function each one calls, with
// this organiser: ids and values from the client prove nothing.
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { toLocale, type Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { jsonError, signInPath, signInRedirect, withDatabaseErrors } from '@/lib/http';
import { parseId } from '@/lib/ids';
import { can, currentOrganiser, type Action, type Organiser } from './guards';

export { toLocale };

export type OrganiserRequest<P> = { req: Request; url: URL; locale: Locale; params: P; organiser: Organiser };
type Handler<P> = (r: OrganiserRequest<P>) => Promise<Response>;

/** `admin`: a national admin's route, a 404 for everyone else, signed in or not (it does not exist for them). */
type Options = { admin?: Action };

/** The sign-in check of a workspace route handler, given who is signed in (null: nobody). */
export async function asOrganiser<P extends { locale: string }>(
  req: Request,
  params: P,
  organiser: Organiser | null,
  handler: Handler<P>,
  opts: Options = {},
): Promise<Response> {
  const locale = toLocale(params.locale);
  const url = new URL(req.url);
  if (opts.admin && !(organiser && can(organiser, opts.admin))) return jsonError(404, 'not_found');
  if (!organiser) return signInRedirect(locale, url);
  return handler({ req, url, locale, params, organiser });
}

/** A workspace route handler: `export const GET = withOrganiser(async ({ organiser, params, url }) => …)`. */
export function withOrganiser<P extends { locale: string }>(handler: Handler<P>, opts: Options = {}) {
  return withDatabaseErrors(async (req: NextRequest, ctx: { params: Promise<P> }) =>
    asOrganiser(req, await ctx.params, await currentOrganiser(), handler, opts),
  );
}

/** The organiser of a plain POST form's action, or the sign-in page (the answer is a redirect either way). */
export async function actionOrganiser(rawLocale: unknown): Promise<{ organiser: Organiser; locale: Locale }> {
  const locale = toLocale(rawLocale);
  const organiser = await currentOrganiser();
  if (!organiser) redirect(signInPath(locale));
  return { organiser, locale };
}

/** What a form's server action answers (the shape of components/editor/form-kit's ActionResult). */
export type FormResult =
  { ok: true; message: string; redirectTo?: string } | { ok: false; message: string; fields: Record<string, string> };
/** A lib/ refusal: a message key, its parameters, and keys per field. */
export type Refusal = { error: string; params?: Record<string, string | number>; fields?: Record<string, string> };

type FormSpec<S extends z.ZodType> = {
  schema: S;
  /** zod issues → { field: message key }. */
  fieldErrors: (error: z.ZodError) => Record<string, string>;
  /** Keys of the general messages: a field is wrong, nobody is signed in, the id names nothing. */
  invalid: string;
  signedOut: string;
  notFound: string;
};

/** Translates a refusal of a lib/ function for the form. */
export function refused(locale: Locale, r: Refusal): FormResult {
  const fields = Object.fromEntries(Object.entries(r.fields ?? {}).map(([k, v]) => [k, translate(locale, v)]));
  return { ok: false, message: translate(locale, r.error, r.params), fields };
}

/**
 * A form's server action, called as `action(locale, id, values)` with the id bound by the page
 * (null: a new item). Only a signed-in organiser, a well-formed id and values the schema accepts
 * reach `run`.
 */
export function organiserAction<S extends z.ZodType, Id extends number | null = number>(
  spec: FormSpec<S>,
  run: (ctx: { organiser: Organiser; locale: Locale; id: Id }, input: z.output<S>) => Promise<FormResult>,
) {
  return async (rawLocale: string, rawId: Id, values: unknown): Promise<FormResult> => {
    const locale = toLocale(rawLocale);
    const organiser = await currentOrganiser();
    if (!organiser) return { ok: false, message: translate(locale, spec.signedOut), fields: {} };
    const id = (rawId === null ? null : parseId(rawId)) as Id | null;
    if (rawId !== null && id === null) return { ok: false, message: translate(locale, spec.notFound), fields: {} };
    const parsed = spec.schema.safeParse(values);
    if (!parsed.success) return refused(locale, { error: spec.invalid, fields: spec.fieldErrors(parsed.error) });
    return run({ organiser, locale, id: id as Id }, parsed.data);
  };
}
