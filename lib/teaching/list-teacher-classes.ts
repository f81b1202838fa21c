import 'server-only';
import { prisma } from '@/lib/db';

export type TeacherClassRow = { id: string; name: string; archived: boolean; studentCount: number; joinCode: string | null };

/** The teacher's own classes only: the query is scoped by the caller's id (STYLE habit 3). */
export async function listTeacherClasses({ teacherId }: { teacherId: string }): Promise<TeacherClassRow[]> {
  const db = await prisma();
  const classes = await db.class.findMany({
    where: { teacherId },
    orderBy: [{ archived: 'asc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      name: true,
      archived: true,
      _count: { select: { enrollments: true } },
      joinCodes: { where: { revokedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { code: true } },
    },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, archived: c.archived, studentCount: c._count.enrollments, joinCode: c.joinCodes[0]?.code ?? null }));
}
