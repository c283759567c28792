// The link to the privacy notice that every form carries (GDPR art. 13: tell people where they collect).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';

export async function PrivacyNote() {
  const t = await getTranslations('privacy');
  return (
    <p className="text-sm">
      {t('formNote')} <Link href="/privacy">{t('formNoteLink')}</Link>
    </p>
  );
}
