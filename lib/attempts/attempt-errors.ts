import 'server-only';
import { ActionError } from '@/lib/actions/run-guarded';
import { NotFoundError } from './start-attempt';
import { RefusedError } from './submit-answer';

/** The data layer's refusals, as messages for the person who asked. */
export function asActionError(error: unknown): never {
  if (error instanceof NotFoundError) throw new ActionError(error.message, 404);
  if (error instanceof RefusedError) throw new ActionError(error.message, 409);
  throw error;
}
