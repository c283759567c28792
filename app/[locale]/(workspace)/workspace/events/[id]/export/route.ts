// Exports of an event's registrations, waiting list and attendance (CSV for Finnish Excel, XLSX).
// The organiser and their scope come from the session; see lib/attendance/http.ts.
import type { NextRequest } from 'next/server';
import { currentOrganiser } from '@/lib/auth/guards';
import { handleExportRequest } from '@/lib/attendance/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; id: string }> };

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  return handleExportRequest(req, await ctx.params, await currentOrganiser());
});
