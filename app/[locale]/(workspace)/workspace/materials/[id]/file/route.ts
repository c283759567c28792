// GET /{locale}/workspace/materials/{id}/file — an organiser opens the file of a material they manage.
import { withOrganiser } from '@/lib/auth/entry-points';
import { organiserFileRequest } from '@/lib/materials/http';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser<{ locale: string; id: string }>(async ({ organiser, params }) =>
  organiserFileRequest(organiser, params.id),
);
