// The audience questions as the sign-up form posts them without JavaScript (form-urlencoded): read
// into the JSON API's shape, so the same schema checks them.
export function audienceFromForm(form: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of ['roleCategory', 'organisationType'] as const) {
    const v = form.get(name);
    if (v) body[name] = v;
  }
  const levels = form.getAll('educationLevels').filter(Boolean);
  if (levels.length) body.educationLevels = levels;
  // The form's one checkbox: ticked "true" (or "on"), left empty = no.
  const vipu = form.get('vipuContact');
  body.vipuContact = vipu === 'true' || vipu === 'on';
  return body;
}
