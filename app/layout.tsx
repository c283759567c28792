// The root layout only passes through: <html> lives in app/[locale]/layout.tsx so its `lang` follows the URL.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
