import 'server-only';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db';
import { getAssignmentResults, type AssignmentResults } from './get-assignment-results';

/** A CSV download of one assignment's results, for its teacher only (everyone else: 404). */
export async function csvResponse(assignmentId: string, kind: string, build: (r: AssignmentResults) => string): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('Please sign in.', { status: 401 });
  const results = user.role === 'teacher' && /^[\w-]{1,64}$/.test(assignmentId) ? await getAssignmentResults(await prisma(), { teacherId: user.id, assignmentId }) : null;
  if (!results) return new Response('Not found.', { status: 404 });
  const name = `${results.className}-${results.title}-${kind}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return new Response(build(results), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"`, 'cache-control': 'no-store' },
  });
}
