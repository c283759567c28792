import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  const nav = await getTranslations('nav');
  return (
    <footer className="bg-white border-t border-line mt-10">
      <div className="max-w-5xl mx-auto px-4 py-6 text-sm text-muted space-y-1">
        <p>{t('about')}</p>
        <p>{t('network')}</p>
        <p className="flex flex-wrap gap-x-4">
          <Link href="/privacy">{nav('privacy')}</Link>
          <Link href="/my-data">{nav('myData')}</Link>
          <Link href="/materials">{nav('materials')}</Link>
          <Link href="/accessibility">{nav('accessibility')}</Link>
        </p>
      </div>
    </footer>
  );
}
