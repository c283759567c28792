import { NextResponse, type NextRequest } from 'next/server';
import { eventsApi } from '@/lib/events/api';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

const headers = {
  'Cache-Control': 'public, max-age=60',
  'Access-Control-Allow-Origin': '*', // public data, meant to be embedded on other sites
};

export const GET = withDatabaseErrors(async (req: NextRequest) => {
  const { status, body } = await eventsApi(req.nextUrl.searchParams);
  return NextResponse.json(body, {
    status,
    headers: status === 200 ? headers : { 'Access-Control-Allow-Origin': '*' },
  });
});
