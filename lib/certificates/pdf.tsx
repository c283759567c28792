// The attendance certificate as a PDF (@react-pdf/renderer), in the participant's language. Noto
// Sans is embedded (from @fontsource/noto-sans) so that å, ä and ö render in every PDF reader.
import { join } from 'node:path';
import { createElement as h } from 'react';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { certificateTexts } from './texts';
import type { Locale } from '@/lib/i18n/routing';

const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
Font.register({
  family: 'Noto Sans',
  fonts: [
    { src: join(fontDir, 'noto-sans-latin-400-normal.woff'), fontWeight: 400 },
    { src: join(fontDir, 'noto-sans-latin-700-normal.woff'), fontWeight: 700 },
  ],
});
// Finnish compound words must not be hyphenated at random points.
Font.registerHyphenationCallback((word) => [word]);

export type CertificateData = {
  locale: Locale;
  name: string;
  course: string;
  session: string | null;
  date: string;
  hours: number; // training hours, in halves (6.5)
  mode: 'onsite' | 'remote';
  place: string | null;
  trainers: string | null;
  organiser: string;
  number: string;
  issued: string;
};

const BRAND = '#1a4f8b';
const s = StyleSheet.create({
  page: { fontFamily: 'Noto Sans', fontSize: 11, color: '#1f2933', padding: 56, lineHeight: 1.4 },
  bar: { height: 8, backgroundColor: BRAND, marginBottom: 32 },
  title: { fontSize: 28, fontWeight: 700, color: BRAND, marginBottom: 24 },
  lead: { fontSize: 12, marginBottom: 4 },
  name: { fontSize: 22, fontWeight: 700, marginBottom: 12 },
  course: { fontSize: 16, fontWeight: 700, marginBottom: 24 },
  row: { flexDirection: 'row', marginBottom: 6 },
  label: { width: 150, fontWeight: 700 },
  value: { flex: 1 },
  note: { marginTop: 24 },
  footer: {
    position: 'absolute',
    left: 56,
    right: 56,
    bottom: 40,
    fontSize: 9,
    color: '#4a5560',
    borderTop: '1px solid #d8dee4',
    paddingTop: 8,
  },
});

function Row({ label, value }: { label: string; value: string }) {
  return h(View, { style: s.row }, h(Text, { style: s.label }, label), h(Text, { style: s.value }, value));
}

export async function renderCertificatePdf(d: CertificateData): Promise<Buffer> {
  const t = certificateTexts(d.locale);
  const rows: [string, string | null][] = [
    [t.session, d.session],
    [t.date, d.date],
    [t.hours, t.hoursValue(d.hours)],
    [t.mode, d.mode === 'remote' ? t.remote : t.onsite],
    [t.place, d.place],
    [t.trainers, d.trainers],
    [t.organiser, d.organiser],
  ];
  const doc = h(
    Document,
    { title: `${t.title} – ${d.name}`, author: d.organiser, language: d.locale, creator: 'Kokoon', producer: 'Kokoon' },
    h(
      Page,
      { size: 'A4', style: s.page },
      h(View, { style: s.bar }),
      h(Text, { style: s.title }, t.title),
      h(Text, { style: s.lead }, t.intro),
      h(Text, { style: s.name }, d.name),
      h(Text, { style: s.lead }, t.attended),
      h(Text, { style: s.course }, d.course),
      ...rows.filter(([, v]) => v).map(([label, value]) => h(Row, { key: label, label, value: value! })),
      h(Text, { style: s.note }, t.continuing),
      h(
        View,
        { style: s.footer },
        h(Text, null, `${t.number}: ${d.number} · ${t.issued} ${d.issued}`),
        h(Text, null, `${t.network}. ${t.verify}`),
      ),
    ),
  );
  return renderToBuffer(doc);
}
