// GET /api/materials?q=&theme=&lang=&kind=&level=&year= — the public materials (standalone and of
// publicly listed events), newest first; see README "API". Public data meant for other sites: CORS *, cacheable like /api/events.
import { NextResponse, type NextRequest } from 'next/server';
import { materialsApi } from '@/lib/materials/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' };

export const GET = withDatabaseErrors(async (req: NextRequest) =>
  NextResponse.json(await materialsApi(req.nextUrl.searchParams), { headers }),
);
