// Exports of an event's registrations, waiting list and attendance (CSV for Finnish Excel, XLSX).
// The organiser and their scope come from the session; see lib/attendance/http.ts.
import { withOrganiser } from '@/lib/auth/entry-points';
import { exportRegistrations } from '@/lib/attendance/http';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser(exportRegistrations);
