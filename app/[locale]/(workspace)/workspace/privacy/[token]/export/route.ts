// POST /{locale}/workspace/privacy/{ref}/export — an admin downloads a person's data (audited).
// Anyone else, signed in or not, gets the same 404 as for an expired reference.
import { withOrganiser } from '@/lib/auth/entry-points';
import { adminExport } from '@/lib/privacy/admin';
import { fileResponse, jsonError } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = withOrganiser<{ locale: string; token: string }>(
  async ({ params, organiser }) => {
    const data = await adminExport(organiser, params.token);
    if (!data) return jsonError(404, 'not_found');
    return fileResponse({
      body: JSON.stringify(data, null, 2),
      contentType: 'application/json; charset=utf-8',
      filename: 'kokoon-tiedot.json',
    });
  },
  { admin: 'handleDataRequests' },
);
