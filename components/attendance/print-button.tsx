'use client';
// Opens the browser's print dialog (the sheet page works without it: the browser's own Print does the same).
export function PrintButton({ text }: { text: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-dark px-4 py-2 font-semibold text-white print:hidden"
    >
      {text}
    </button>
  );
}
