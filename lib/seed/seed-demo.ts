// Demo accounts for trying newsquiz on the embedded database: a teacher, a student, a class and an
// assignment of the first library set. Never created when DATABASE_URL is set (see parse-config).
import { hashPassword } from 'better-auth/crypto';
import type { AppPrisma } from '@/lib/db/open-database';

export const DEMO_ACCOUNTS = {
  teacher: { id: 'demo-teacher', name: 'Demo Teacher', email: 'teacher@demo.newsquiz.test', password: 'demo-teacher-2024', role: 'teacher' as const },
  student: { id: 'demo-student', name: 'Demo Student', email: 'student@demo.newsquiz.test', password: 'demo-student-2024', role: 'student' as const },
};

const DEMO_CLASS_ID = 'demo-class';
const DEMO_JOIN_CODE = 'DEMO42';

export async function seedDemo(prisma: AppPrisma): Promise<void> {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    const exists = await prisma.user.findUnique({ where: { id: account.id }, select: { id: true } });
    if (exists) continue;
    const password = await hashPassword(account.password);
    await prisma.$transaction([
      prisma.user.create({ data: { id: account.id, name: account.name, email: account.email, emailVerified: true, role: account.role } }),
      prisma.account.create({ data: { id: `${account.id}-credential`, accountId: account.id, providerId: 'credential', userId: account.id, password } }),
    ]);
  }

  await prisma.class.upsert({
    where: { id: DEMO_CLASS_ID },
    create: { id: DEMO_CLASS_ID, teacherId: DEMO_ACCOUNTS.teacher.id, name: 'Demo class: World news' },
    update: {},
  });
  await prisma.joinCode.upsert({ where: { code: DEMO_JOIN_CODE }, create: { code: DEMO_JOIN_CODE, classId: DEMO_CLASS_ID }, update: {} });
  await prisma.enrollment.upsert({
    where: { classId_studentId: { classId: DEMO_CLASS_ID, studentId: DEMO_ACCOUNTS.student.id } },
    create: { classId: DEMO_CLASS_ID, studentId: DEMO_ACCOUNTS.student.id },
    update: {},
  });

  const hasAssignment = await prisma.assignment.findFirst({ where: { classId: DEMO_CLASS_ID }, select: { id: true } });
  if (hasAssignment) return;
  const set = await prisma.questionSet.findFirst({
    where: { ownerId: 'library', status: 'published' },
    orderBy: { createdAt: 'asc' },
    include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
  });
  const version = set?.versions[0];
  if (!version) return;
  const now = new Date();
  await prisma.assignment.create({
    data: {
      id: 'demo-assignment',
      classId: DEMO_CLASS_ID,
      setVersionId: version.id,
      title: set.title,
      opensAt: now,
      dueAt: new Date(now.getTime() + 7 * 24 * 3600 * 1000),
      attemptsAllowed: 2,
      mode: 'practice',
      reveal: 'after_each',
    },
  });
}
