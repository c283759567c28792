import { useTranslations } from 'next-intl';
import { Link } from '@/components/ui/link';

export default function NotFound() {
  const t = useTranslations('errors');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
