// GET /api/materials/{id}/file — a public material's uploaded file (as an attachment, never rendered).
import type { NextRequest } from 'next/server';
import { publicFileRequest } from '@/lib/materials/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = withDatabaseErrors(async (_req: NextRequest, ctx: { params: Promise<{ id: string }> }) =>
  publicFileRequest((await ctx.params).id),
);
