import { getTranslations } from 'next-intl/server';
import type { FilterError } from '@/lib/events/filters';

export async function FilterErrors({ errors }: { errors: FilterError[] }) {
  if (errors.length === 0) return null;
  const t = await getTranslations('catalogue');
  const names = [...new Set(errors.map((e) => e.name))].join(', ');
  return (
    <p role="alert" className="rounded border border-warn bg-warn-light p-3 text-warn">
      {t('invalidFilter', { names })}
    </p>
  );
}
