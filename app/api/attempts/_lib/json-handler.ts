import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { runGuarded, type ActionResult, type Caller } from '@/lib/actions/run-guarded';
import { sessionCaller } from '@/lib/auth/session-caller';

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, some redirects) is not this site
  }
}

/**
 * The JSON twin of authedAction for the attempt API: the same session check, zod parsing and
 * refusals, answered as HTTP statuses (400, 401, 404, 409; 500 for our own faults).
 *
 * Cookie-authenticated POSTs must not be forgeable from another site: the body has to be
 * application/json (a cross-site fetch of that needs a CORS preflight we never grant) and an Origin
 * header, when the browser sends one, must be this site's (as Next checks for server actions).
 */
export function jsonHandler<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, caller: Caller) => Promise<ActionResult<T>>, okStatus = 200) {
  return async (request: Request, params: Record<string, string> = {}): Promise<NextResponse> => {
    let body: unknown = {};
    if (request.method !== 'GET') {
      if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
        return NextResponse.json({ ok: false, message: 'Send the request body as application/json.' }, { status: 415 });
      }
      const origin = request.headers.get('origin');
      const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
      if (origin && hostOf(origin) !== host) {
        return NextResponse.json({ ok: false, message: 'Cross-site requests are not accepted.' }, { status: 403 });
      }
      const text = await request.text();
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return NextResponse.json({ ok: false, message: 'The request body is not valid JSON.' }, { status: 400 });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return NextResponse.json({ ok: false, message: 'The request body must be a JSON object.' }, { status: 400 });
      }
    }
    const result = await runGuarded({ requirement: 'signed-in', schema, input: { ...(body as object), ...params }, getCaller: () => sessionCaller(request.headers), handler });
    if (result.ok) return NextResponse.json(result.data, { status: okStatus, headers: { 'cache-control': 'no-store' } });
    return NextResponse.json(result, { status: result.status ?? 500, headers: { 'cache-control': 'no-store' } });
  };
}
