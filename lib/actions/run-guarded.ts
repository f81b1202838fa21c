// The checks every server action goes through, in order: who is calling, whether their role may,
// and whether the input parses. Pure apart from the injected session lookup, so it is unit-tested
// without Next.js; lib/actions/authed-action.ts binds it to the real session.
import { z } from 'zod';

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; status?: 400 | 401 | 403 | 404 | 409 | 429 };

export type Requirement = 'anyone' | 'signed-in' | 'student' | 'teacher';

export type Caller = { id: string; role: 'student' | 'teacher' };

/** Throw from a handler for a refusal the user should read (not found, not allowed, conflict). */
export class ActionError extends Error {
  constructor(message: string, readonly status: 400 | 403 | 404 | 409 | 429 = 400, readonly fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = 'ActionError';
  }
}

type CallerFor<R extends Requirement> = R extends 'anyone' ? Caller | null : Caller;

export type GuardedOptions<R extends Requirement, S extends z.ZodType, T> = {
  requirement: R;
  schema: S;
  input: unknown;
  getCaller: () => Promise<Caller | null>;
  handler: (input: z.output<S>, caller: CallerFor<R>) => Promise<ActionResult<T>>;
  /** Lets framework control flow (redirect, notFound) through; everything else becomes a result. */
  rethrow?: (error: unknown) => void;
};

/** FormData → plain object; a key given more than once becomes an array. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue; // Next's own hidden fields
    const values = form.getAll(key);
    const value = values.length === 1 ? values[0] : values;
    // "extra[stu1]" → { extra: { stu1: … } }: a record keyed by ids, as forms of per-row inputs send.
    const nested = /^([\w-]+)\[([\w-]+)\]$/.exec(key);
    if (nested) out[nested[1]!] = { ...((out[nested[1]!] as Record<string, unknown>) ?? {}), [nested[2]!]: value };
    else out[key] = value;
  }
  return out;
}

/**
 * Where a NUL character hides in the input (a string, or a key, at any depth), or null. PostgreSQL
 * cannot store NUL in text, so such input would fail in the database as a fault; it is refused here
 * as what it is, bad input.
 */
export function nulField(input: unknown, path = '', seen = new WeakSet<object>()): string | null {
  if (typeof input === 'string') return input.includes('\u0000') ? path || 'input' : null;
  if (!input || typeof input !== 'object' || seen.has(input)) return null;
  seen.add(input);
  for (const [key, value] of Object.entries(input)) {
    const here = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return here;
    const found = nulField(value, here, seen);
    if (found) return found;
  }
  return null;
}

export async function runGuarded<R extends Requirement, S extends z.ZodType, T>(
  options: GuardedOptions<R, S, T>,
): Promise<ActionResult<T>> {
  const { requirement, schema, getCaller, handler } = options;
  try {
    const caller = requirement === 'anyone' ? await getCaller().catch(() => null) : await getCaller();
    if (requirement !== 'anyone') {
      if (!caller) return { ok: false, status: 401, message: 'Please sign in to do that.' };
      if ((requirement === 'student' || requirement === 'teacher') && caller.role !== requirement) {
        return { ok: false, status: 403, message: `Only ${requirement}s can do that.` };
      }
    }
    const input = options.input instanceof FormData ? formDataToObject(options.input) : options.input;
    const nul = nulField(input);
    if (nul) {
      const field = nul.split('.')[0]!;
      return { ok: false, status: 400, message: 'Remove the invisible NUL character from what you typed; it cannot be saved.', fieldErrors: { [field]: ['Contains a NUL character.'] } };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error);
      return {
        ok: false,
        status: 400,
        message: flat.formErrors[0] ?? 'Please correct the highlighted fields.',
        fieldErrors: flat.fieldErrors as Record<string, string[]>,
      };
    }
    return await handler(parsed.data, caller as CallerFor<R>);
  } catch (error) {
    options.rethrow?.(error);
    if (error instanceof ActionError) {
      return { ok: false, status: error.status, message: error.message, fieldErrors: error.fieldErrors };
    }
    console.error('newsquiz: action failed', error);
    return { ok: false, message: 'Something went wrong on our side; nothing was changed. Please try again.' };
  }
}
