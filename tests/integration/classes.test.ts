import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/run-guarded';
import { NotFoundError } from '@/lib/attempts/start-attempt';
import { joinClass, listStudentClasses } from '@/lib/classes/join-class';
import { createClass, deleteClass, getClassForTeacher, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '@/lib/classes/manage-classes';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('classes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.user.createMany({
      data: [
        { id: 'tom', name: 'Tom Teacher', email: 'tom@example.org', role: 'teacher' },
        { id: 'tina', name: 'Tina Teacher', email: 'tina@example.org', role: 'teacher' },
        { id: 'sue', name: 'Sue Student', email: 'sue@example.org' },
        { id: 'sam', name: 'Sam Student', username: 'sam10b' },
      ],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('creates a class with a join code that students use (case and spaces do not matter); joining twice is harmless', async () => {
    const { id, code } = await createClass(db.prisma, { teacherId: 'tom', name: '10B' });
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await joinClass(db.prisma, { studentId: 'sue', code: ` ${code.toLowerCase().slice(0, 3)} ${code.slice(3)} ` });
    await joinClass(db.prisma, { studentId: 'sue', code });
    await joinClass(db.prisma, { studentId: 'sam', code });
    const detail = (await getClassForTeacher(db.prisma, { teacherId: 'tom', classId: id }))!;
    expect(detail.students.map((s) => [s.name, s.login])).toEqual([
      ['Sue Student', 'sue@example.org'],
      ['Sam Student', 'sam10b'],
    ]);
    expect(await listStudentClasses(db.prisma, { studentId: 'sue' })).toMatchObject([{ id, name: '10B', teacher: 'Tom Teacher' }]);
  });

  it('refuses unknown, replaced and archived codes with a clear message and changes nothing', async () => {
    const { id, code } = await createClass(db.prisma, { teacherId: 'tom', name: '11A' });
    await expect(joinClass(db.prisma, { studentId: 'sue', code: 'ZZZZZZ' })).rejects.toThrow('There is no class with the code ZZZZZZ');
    const fresh = await regenerateJoinCode(db.prisma, { teacherId: 'tom', classId: id });
    expect(fresh).not.toBe(code);
    await expect(joinClass(db.prisma, { studentId: 'sue', code })).rejects.toThrow('replaced');
    await setClassArchived(db.prisma, { teacherId: 'tom', classId: id, archived: true });
    await expect(joinClass(db.prisma, { studentId: 'sue', code: fresh })).rejects.toBeInstanceOf(ActionError);
    expect(await db.prisma.enrollment.count({ where: { classId: id } })).toBe(0);
  });

  it('refuses every change to another teacher’s class', async () => {
    const { id } = await createClass(db.prisma, { teacherId: 'tom', name: '12C' });
    await joinClass(db.prisma, { studentId: 'sue', code: (await db.prisma.joinCode.findFirstOrThrow({ where: { classId: id } })).code });
    const asTina = { teacherId: 'tina', classId: id };
    await expect(renameClass(db.prisma, { ...asTina, name: 'Mine now' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setClassArchived(db.prisma, { ...asTina, archived: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(regenerateJoinCode(db.prisma, asTina)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeStudent(db.prisma, { ...asTina, studentId: 'sue' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteClass(db.prisma, asTina)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getClassForTeacher(db.prisma, asTina)).toBeNull();
    expect(await db.prisma.class.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: '12C', archived: false });
    expect(await db.prisma.enrollment.count({ where: { classId: id } })).toBe(1);
  });

  it('renames, removes a student, and deletes the class with its data', async () => {
    const { id, code } = await createClass(db.prisma, { teacherId: 'tom', name: 'Old name' });
    await joinClass(db.prisma, { studentId: 'sam', code });
    await renameClass(db.prisma, { teacherId: 'tom', classId: id, name: 'New name' });
    await removeStudent(db.prisma, { teacherId: 'tom', classId: id, studentId: 'sam' });
    expect((await getClassForTeacher(db.prisma, { teacherId: 'tom', classId: id }))!).toMatchObject({ name: 'New name', students: [] });
    await deleteClass(db.prisma, { teacherId: 'tom', classId: id });
    expect(await db.prisma.joinCode.count({ where: { classId: id } })).toBe(0);
    expect(await db.prisma.class.count({ where: { id } })).toBe(0);
  });
});
