// Exports of the reach statistics (CSV per table, XLSX with every table); see lib/stats/http.ts.
import type { NextRequest } from 'next/server';
import { currentOrganiser } from '@/lib/auth/guards';
import { handleStatsExport } from '@/lib/stats/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string }> };

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  return handleStatsExport(req, await ctx.params, await currentOrganiser());
});
