// Calls an action or a route handler the way Next does, as one caller, and reduces what happened
// to an Outcome: a result, a redirect (NEXT_REDIRECT), a Response, or an exception that escaped.
import { seams } from './seams';

export type Outcome =
  | { kind: 'result'; ok: true }
  | { kind: 'result'; ok: false; status?: number; message: string }
  | { kind: 'redirect'; url: string }
  | { kind: 'response'; status: number; body: string }
  | { kind: 'thrown'; error: unknown };

export type AnyAction = (...args: unknown[]) => Promise<unknown>;
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Next's control-flow errors (redirect, notFound, forbidden) carry a digest; redirect's holds the URL. */
function controlFlow(error: unknown): Outcome | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string') return null;
  if (digest.startsWith('NEXT_REDIRECT')) return { kind: 'redirect', url: digest.split(';')[2] ?? '' };
  const http = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  if (http) return { kind: 'response', status: Number(http[1]), body: '' };
  return null;
}

export function asHeaders(callerHeaders: Headers | null): Headers {
  return callerHeaders ? new Headers(callerHeaders) : new Headers({ 'x-forwarded-for': '198.51.100.1' });
}

export async function callAction(action: AnyAction, callerHeaders: Headers | null, input: unknown): Promise<Outcome> {
  seams.headers = asHeaders(callerHeaders);
  try {
    const result = (await action(input)) as { ok: boolean; status?: number; message?: string } | undefined;
    if (result === undefined) return { kind: 'thrown', error: new Error('a form action returned without redirecting') };
    return result.ok ? { kind: 'result', ok: true } : { kind: 'result', ok: false, status: result.status, message: String(result.message) };
  } catch (error) {
    return controlFlow(error) ?? { kind: 'thrown', error };
  }
}

export type RouteInput = { params: Record<string, string>; body?: unknown };

/** A route call as the browser makes it: same-site, a JSON body for POST. */
export async function callRoute(handler: RouteHandler, method: 'GET' | 'POST', callerHeaders: Headers | null, { params, body }: RouteInput): Promise<Outcome> {
  seams.headers = asHeaders(callerHeaders);
  const headers = new Headers(seams.headers);
  headers.set('host', 'localhost:3999');
  if (method === 'POST') headers.set('content-type', 'application/json');
  try {
    const request = new Request('http://localhost:3999/route', { method, headers, body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body ?? {})) : undefined });
    const response = await handler(request, { params: Promise.resolve(params) });
    return { kind: 'response', status: response.status, body: await response.text() };
  } catch (error) {
    return controlFlow(error) ?? { kind: 'thrown', error };
  }
}

/** What a form field would carry for a value; objects without a prototype have no String(). */
export function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[object]';
  }
}

/** FormData from a plain object, as a browser form would send it (every value a string). */
export function toFormData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v instanceof Blob ? v : asText(v));
  }
  return form;
}

export function describeOutcome(o: Outcome): string {
  switch (o.kind) {
    case 'result':
      return o.ok ? 'ok' : `refused ${o.status ?? '(no status)'}: ${o.message}`;
    case 'redirect':
      return `redirect ${o.url}`;
    case 'response':
      return `HTTP ${o.status}`;
    case 'thrown':
      return `threw ${o.error instanceof Error ? `${o.error.name}: ${o.error.message}` : String(o.error)}`;
  }
}
