import { NextResponse } from 'next/server';
import { databaseAnswers } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await databaseAnswers();
  return NextResponse.json(
    { status: ok ? 'ok' : 'unavailable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
