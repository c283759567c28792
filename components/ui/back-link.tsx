// The "back" link at the top of workspace pages: one look and one wording everywhere.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';

/** Back to `href` (the workspace front page unless told), labelled with `label` or "Back to the workspace". */
export async function BackLink({ href = '/workspace', label }: { href?: string; label?: string }) {
  const t = await getTranslations('workspace');
  return (
    <p>
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {label ?? t('back')}
      </Link>
    </p>
  );
}
