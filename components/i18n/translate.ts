// A small stand-in for next-intl's `t` in client components that get their messages as a prop
// (the sign-up form): a dotted key looked up in those messages, `{name}` placeholders filled in.
// No plural, select or rich text — the messages handed over this way are checked to have none
// (tests/unit/client-messages.test.ts) — and no use-intl in the browser.
export type Messages = { [key: string]: string | Messages };
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, values) => {
    let found: string | Messages | undefined = messages;
    for (const part of key.split('.')) found = typeof found === 'object' ? found[part] : undefined;
    if (typeof found !== 'string') return key; // like next-intl's fallback: the key itself
    return values
      ? found.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
      : found;
  };
}
