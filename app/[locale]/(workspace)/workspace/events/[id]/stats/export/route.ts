// Exports of one event's statistics; see lib/stats/http.ts.
import { withOrganiser } from '@/lib/auth/entry-points';
import { exportStats } from '@/lib/stats/http';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser(exportStats);
