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

/** The door check-in page: on a phone its search comes first, and this navigation after its list. */
const DOOR_PAGE = /\/workspace\/events\/[^/]+\/checkin$/;

/**
 * `place`: "top" above every page (on the door page only from 640 px up), "bottom" the door page's
 * copy under its list on a phone (the page renders it), so the search is in the first screen.
 */
export function WorkspaceNavLinks({
  label,
  items,
  place = 'top',
}: {
  label: string;
  items: WorkspaceNavItem[];
  place?: 'top' | 'bottom';
}) {
  const path = usePathname() ?? '';
  const door = DOOR_PAGE.test(path);
  if (place === 'bottom' && !door) return null;
  const where =
    place === 'bottom'
      ? 'mt-6 border-t pt-3 sm:hidden'
      : `-mt-2 mb-4 border-b pb-2 sm:mb-6 ${door ? 'hidden sm:block' : ''}`;
  return (
    <nav aria-label={label} className={`border-line print:hidden ${where}`}>
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
