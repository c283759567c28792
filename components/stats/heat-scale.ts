// The heat table's colour scale (lib/stats/heat.ts gives the step): nobody = pale warm grey, then
// four blues from light to dark. Each step names its text colour, chosen so the figure on it has
// at least 4.5:1 contrast (WCAG 1.4.3); tests/unit/stats-heat.test.ts checks every pair. The figure
// is always in the cell, so the colour is never the only carrier of the number (1.4.1).
export const HEAT_COLOURS: readonly { background: string; text: string }[] = [
  { background: '#f4f1ec', text: '#1f2328' },
  { background: '#d6e6f5', text: '#1f2328' },
  { background: '#8fbbe3', text: '#1f2328' },
  { background: '#2b6cb0', text: '#ffffff' },
  { background: '#0b3c6f', text: '#ffffff' },
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
