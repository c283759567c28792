// POST /api/workspace/materials?locale=fi — an organiser saves a material with its file (multipart).
// Under /api/ so that the 25 MB upload is read by lib/materials/http.ts with its own cap, not refused
// by the proxy's 1 MB server-action limit. The organiser and scope come from the session.
import type { NextRequest } from 'next/server';
import { saveMaterialRequest } from '@/lib/materials/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = withDatabaseErrors(async (req: NextRequest) => saveMaterialRequest(req));
