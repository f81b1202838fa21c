// GET /api/attempts/:id → the caller's attempt as the player sees it (no answer key before the
// reveal policy allows it), or 404.
import { z } from 'zod';
import { getPlayerAttempt } from '@/lib/attempts/get-player-attempt';
import { jsonHandler } from '../_lib/json-handler';

const show = jsonHandler(z.object({ attemptId: z.string().min(1).max(64) }), async (input, caller) => {
  const attempt = await getPlayerAttempt({ attemptId: input.attemptId, userId: caller.id });
  return attempt ? { ok: true, data: attempt } : { ok: false, status: 404, message: 'That attempt was not found.' };
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return show(request, { attemptId: (await params).id });
}
