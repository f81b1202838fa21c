import type { Metadata } from 'next';
import { JoinClassForm } from '@/components/classes/join-class-form';
import { requireRole } from '@/lib/auth/require-role';
import { normalizeJoinCode } from '@/lib/classes/join-code';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Join a class' };
export const dynamic = 'force-dynamic';

/** The join link: shows which class the code opens and asks the student to confirm (no change on GET). */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normalizeJoinCode(decodeURIComponent(raw)).slice(0, 16);
  await requireRole('student', `/join/${code}`);
  const found = await (await prisma()).joinCode.findUnique({ where: { code }, select: { revokedAt: true, class: { select: { name: true, archived: true, teacher: { select: { name: true } } } } } });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 rounded-2xl border border-slate-200 p-6 dark:border-slate-800">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {found && !found.revokedAt && !found.class.archived ? (
        <p>
          The code <strong className="font-mono">{code}</strong> is for <strong>{found.class.name}</strong> (teacher: {found.class.teacher.name}).
        </p>
      ) : (
        <p>Check the code below; the join form says what is wrong with it.</p>
      )}
      <JoinClassForm code={code} />
    </div>
  );
}
