import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { sessionCaller } from '@/lib/auth/session-caller';
import { runGuarded, type ActionResult, type Caller, type Requirement } from './run-guarded';

const currentCaller = async (): Promise<Caller | null> => sessionCaller(await headers());

/**
 * Every server action is written through this (STYLE habit 2): it checks the session, the role
 * and the zod-parsed input before the handler runs. Works with useActionState (prevState, form)
 * and with direct calls (input).
 */
export function authedAction<R extends Requirement, S extends z.ZodType, T = null>(
  requirement: R,
  schema: S,
  handler: (input: z.output<S>, caller: R extends 'anyone' ? Caller | null : Caller) => Promise<ActionResult<T>>,
) {
  return async (...args: [unknown] | [unknown, unknown]): Promise<ActionResult<T>> => {
    const input = args.length === 2 ? args[1] : args[0];
    return runGuarded({ requirement, schema, input, getCaller: currentCaller, handler, rethrow: unstable_rethrow });
  };
}
