'use client';
// A read-only address field with a copy button. Without JavaScript (or without a clipboard) it is
// just the labelled field: the button only appears once the browser can copy.
import { useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};
const clipboardAvailable = () => typeof navigator !== 'undefined' && !!navigator.clipboard?.writeText;

export function CopyField({
  id,
  label,
  value,
  copyLabel,
  copiedLabel,
  failedLabel,
}: {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  failedLabel: string;
}) {
  const canCopy = useSyncExternalStore(noSubscribe, clipboardAvailable, () => false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full min-w-0 rounded border border-muted bg-white px-3 py-2 text-sm"
        />
        {canCopy && (
          <button
            type="button"
            onClick={copy}
            className="shrink-0 rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark"
          >
            {copyLabel}
          </button>
        )}
      </div>
      <p role="status" className="mt-1 text-sm">
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
      </p>
    </div>
  );
}
