'use client';
// The three texts of the error page (app/[locale]/error.tsx), translated by the layout on the
// server. The error page must be a client component and is part of every page's JavaScript; with
// its texts handed down here it needs no message provider (and no use-intl) in the browser.
import { createContext, useContext, type ReactNode } from 'react';

export type ErrorTexts = { title: string; text: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts>({ title: 'Error', text: '', retry: 'Retry' });

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext);
}
