// POST /api/attempts {setSlug, mode?} → 201 {id}: starts an attempt at a library set, like the
// set page's start button.
import { z } from 'zod';
import { asActionError } from '@/lib/attempts/attempt-errors';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { prisma } from '@/lib/db';
import { jsonHandler } from './_lib/json-handler';

const startSchema = z.object({
  setSlug: z.string().regex(/^[a-z0-9-]{1,120}$/, 'Unknown set.'),
  mode: z.enum(['practice', 'test']).default('practice'),
});

const start = jsonHandler(
  startSchema,
  async (input, caller) => {
    try {
      return { ok: true, data: { id: await startLibraryAttempt(await prisma(), { userId: caller.id, setSlug: input.setSlug, mode: input.mode }) } };
    } catch (error) {
      asActionError(error);
    }
  },
  201,
);

export async function POST(request: Request) {
  return start(request);
}
