'use client';
// The workspace's own navigation. A client component only to read the current path (rendered on the
// server as well, so aria-current is in the HTML without JavaScript); the items and their texts come
// from the server, which has already left out what the organiser may not open.
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';

export type WorkspaceNavItem = {
  href: string;
  text: string;
  /** The paths under which this item is the current one (default: its own). */ also?: string[];
};

function isCurrent(path: string, item: WorkspaceNavItem): boolean {
  return path === item.href || (item.also ?? [item.href]).some((p) => path === p || path.startsWith(`${p}/`));
}

export function WorkspaceNavLinks({ label, items }: { label: string; items: WorkspaceNavItem[] }) {
  const path = usePathname() ?? '';
  return (
    <nav aria-label={label} className="-mt-2 mb-4 border-b border-line pb-2 sm:mb-6 print:hidden">
      <ul className="flex flex-wrap gap-1 sm:gap-2">
        {items.map((item) => {
          const current = isCurrent(path, item);
          return (
            <li key={item.href}>
              <NextLink
                href={item.href}
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded px-2 py-1 text-sm font-semibold no-underline sm:px-3 sm:py-1.5 sm:text-base ${current ? 'bg-brand-dark text-white' : 'text-brand-dark underline'}`}
              >
                {item.text}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
