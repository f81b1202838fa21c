import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getTeacherSetView } from '@/lib/authoring/teacher-sets';
import { prisma } from '@/lib/db';
import { EXPORT_FORMATS, exportSet } from '@/questions/interchange/export-set';

const params = z.object({ id: z.string().min(1).max(64), format: z.enum(EXPORT_FORMATS) });

/**
 * A set's questions in an interchange format. Exports carry answer keys, so only teachers who may
 * see the keys get them: the owner, or any teacher for a public set.
 */
export async function GET(_request: Request, { params: raw }: { params: Promise<{ id: string; format: string }> }) {
  const parsed = params.safeParse(await raw);
  if (!parsed.success) return Response.json({ error: `Unknown format; use one of ${EXPORT_FORMATS.join(', ')}.` }, { status: 404 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Sign in as a teacher to export sets.' }, { status: 401 });
  if (user.role !== 'teacher') return Response.json({ error: 'Only teachers can export sets (they include the answer key).' }, { status: 403 });
  const set = await getTeacherSetView(await prisma(), { teacherId: user.id, setId: parsed.data.id });
  if (!set || set.questions.length === 0) return Response.json({ error: 'That set was not found.' }, { status: 404 });
  const file = exportSet({ title: set.title, questions: set.questions }, parsed.data.format);
  const body = typeof file.body === 'string' ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
  return new Response(body, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      // Which questions were converted or skipped, for scripts; the set page lists them for people.
      'X-Export-Notes': String(file.notes.length),
      'Cache-Control': 'private, no-store',
    },
  });
}
