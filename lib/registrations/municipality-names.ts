// A municipality typed by name in either language ("Vaasa" on a Swedish page, "Helsingfors" on a
// Finnish one): the options a form suggests and the match the sign-up and manage forms use. Pure, so
// server pages build the options and client forms match with the same rule.
export type MunicipalityOption = { code: string; name: string; /** the name in the other language */ alt?: string };

const norm = (s: string) => s.trim().toLocaleLowerCase('fi');

/** The municipality a typed name stands for, in either language; undefined for anything else. */
export function findMunicipality(options: MunicipalityOption[], text: string): MunicipalityOption | undefined {
  const t = norm(text);
  if (!t) return undefined;
  return options.find((m) => norm(m.name) === t) ?? options.find((m) => m.alt && norm(m.alt) === t);
}

/** Options for a page in `locale`: its own names, sorted, with the other language's name as `alt`. */
export function municipalityOptions(
  list: { code: string; nameFi: string; nameSv: string | null }[],
  locale: 'fi' | 'sv',
): MunicipalityOption[] {
  return list
    .map((m) => {
      const sv = m.nameSv && m.nameSv.trim() && m.nameSv !== m.nameFi ? m.nameSv : null;
      return locale === 'sv'
        ? { code: m.code, name: sv ?? m.nameFi, ...(sv ? { alt: m.nameFi } : {}) }
        : { code: m.code, name: m.nameFi, ...(sv ? { alt: sv } : {}) };
    })
    .sort((x, y) => x.name.localeCompare(y.name, locale));
}
