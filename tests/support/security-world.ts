// The world the authorization matrix and the fuzzers run in: the library, a teacher with a class,
// a join code, a student the teacher made (enrolled), a private set authored from a real article,
// an assignment, the student's attempt with a response and a review card due; a second teacher
// with their own class; a second student in no class. Every account is made through better-auth,
// so each caller is identified by a real session cookie.
import { createAssignment, startAssignmentAttempt } from '@/lib/assignments/manage-assignments';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import type { Auth } from '@/lib/auth/create-auth';
import { createSetFromArticle } from '@/lib/authoring/draft-from-article';
import { addOwnQuestion, saveDraftEdit, setReview } from '@/lib/authoring/edit-workspace';
import { loadWorkspace } from '@/lib/authoring/load-workspace';
import { publishSet } from '@/lib/authoring/publish-set';
import { createClass } from '@/lib/classes/manage-classes';
import { createStudentAccounts } from '@/lib/classes/student-accounts';
import type { Database } from '@/lib/db/open-database';
import { seedContent } from '@/lib/seed/seed-content';
import type { GivenAnswer } from '@/questions/grading';
import type { PublicOptions } from '@/questions/question-schema';
import { loadFixtureArticles } from './fixture-articles';

export const CALLERS = ['anonymous', 'student', 'otherStudent', 'teacher', 'otherTeacher'] as const;
export type CallerName = (typeof CALLERS)[number];
export type SignedInName = Exclude<CallerName, 'anonymous'>;

export type Account = { id: string; headers: Headers; identifier: string; password: string; confirm: string };

export type World = {
  users: Record<SignedInName, Account>;
  /** The teacher's class (the student is enrolled), its join code, and the other teacher's class. */
  classId: string;
  joinCode: string;
  otherClassId: string;
  /** The teacher's private set, authored from an article: version 1 (assigned), then a corrected version 2. */
  setId: string;
  setSlug: string;
  versionId: string;
  articleId: string;
  /** Workspace (version 0) questions of that set: drafts the teacher may edit. */
  draftIds: string[];
  ownDraftId: string;
  assignmentId: string;
  /** The student's attempt on the assignment: one question answered (wrongly, so a card is due), one open. */
  attemptId: string;
  answeredQuestionId: string;
  openQuestion: { id: string; answer: GivenAnswer };
  /** A public library set, its published version and one of its questions. */
  library: { setId: string; slug: string; versionId: string; question: { id: string; answer: GivenAnswer } };
};

export const TRUE_FALSE = (prompt: string) => ({ type: 'true_false', prompt, explanation: 'As the article says.', answer: { value: true } });

/** A well-formed answer to a question, from what the student is shown. */
export function answerFor(type: string, options: PublicOptions): GivenAnswer {
  if (type === 'true_false') return { kind: 'boolean', value: false };
  if (type === 'cloze') return { kind: 'text', text: 'someone' };
  if (type === 'numeric') return { kind: 'number', value: 1 };
  if (options.kind === 'choices') return { kind: 'choice', optionId: options.choices[0]!.id };
  if (options.kind === 'matching') return { kind: 'pairs', pairs: Object.fromEntries(options.left.map((l, i) => [l.id, options.right[i]!.id])) };
  if (options.kind === 'ordering') return { kind: 'order', order: options.items.map((i) => i.id) };
  throw new Error(`no answer for ${type}`);
}

function cookieHeaders(setCookie: string[], ip: string): Headers {
  return new Headers({ cookie: setCookie.map((c) => c.split(';')[0]).join('; '), 'x-forwarded-for': ip });
}

export async function buildWorld(db: Database, auth: Auth): Promise<World> {
  await seedContent(db.prisma);

  const signUp = async (name: string, email: string, role: 'student' | 'teacher', ip: string): Promise<Account> => {
    const password = `pw-${email}`;
    const { headers, response } = await auth.api.signUpEmail({ body: { name, email, password, role }, returnHeaders: true });
    return { id: response.user.id, headers: cookieHeaders(headers.getSetCookie(), ip), identifier: email, password, confirm: email };
  };
  const teacher = await signUp('Tess Teacher', 'tess@example.org', 'teacher', '192.0.2.1');
  const otherTeacher = await signUp('Otto Other', 'otto@example.org', 'teacher', '192.0.2.2');
  const otherStudent = await signUp('Olga Outsider', 'olga@example.org', 'student', '192.0.2.4');

  const cls = await createClass(db.prisma, { teacherId: teacher.id, name: '9C News' });
  const other = await createClass(db.prisma, { teacherId: otherTeacher.id, name: '8A Otto' });

  // The student is a teacher-made account (username, no email): the kind a teacher may reset.
  const [card] = await createStudentAccounts(db.prisma, { teacherId: teacher.id, classId: cls.id, names: ['Sam Student'] });
  const signedIn = await auth.api.signInUsername({ body: { username: card!.username, password: card!.password }, returnHeaders: true });
  const student: Account = {
    id: signedIn.response!.user.id,
    headers: cookieHeaders(signedIn.headers.getSetCookie(), '192.0.2.3'),
    identifier: card!.username,
    password: card!.password,
    confirm: card!.username,
  };

  const article = loadFixtureArticles().find((a) => !a.heldOut)!;
  const created = await createSetFromArticle(db.prisma, { teacherId: teacher.id, setTitle: 'Week 12 news', article: { text: article.text, publishedOn: article.publishedOn } });
  const setId = created.setId;
  const ws = (await loadWorkspace(db.prisma, { teacherId: teacher.id, setId }))!;
  await setReview(db.prisma, { teacherId: teacher.id, questionIds: ws.questions.slice(0, 4).map((q) => q.id), review: 'approved' });
  const ownDraftId = await addOwnQuestion(db.prisma, { teacherId: teacher.id, setId, edit: TRUE_FALSE('The story is about the news.') });
  await addOwnQuestion(db.prisma, { teacherId: teacher.id, setId, edit: TRUE_FALSE('The story has a second statement.') });
  await publishSet(db.prisma, { teacherId: teacher.id, setId, visibility: 'private' });
  const set = await db.prisma.questionSet.findUniqueOrThrow({
    where: { id: setId },
    select: { slug: true, versions: { where: { version: 1 }, select: { id: true, questions: { orderBy: { position: 'asc' }, select: { id: true, type: true, options: true } } } } },
  });
  const version = set.versions[0]!;

  const now = Date.now();
  const assignmentId = await createAssignment(db.prisma, teacher.id, {
    classId: cls.id,
    setSlug: set.slug,
    opensAt: new Date(now - 3_600_000),
    dueAt: new Date(now + 7 * 86_400_000),
    attemptsAllowed: null,
    mode: 'practice',
    reveal: 'after_each',
    shuffle: false,
    timeLimitSec: null,
    latePolicy: 'accept_late',
  });
  const attemptId = await startAssignmentAttempt(db.prisma, { studentId: student.id, assignmentId });
  const trueFalse = version.questions.filter((q) => q.type === 'true_false');
  const answered = trueFalse.at(-2)!;
  const open = trueFalse.at(-1)!;
  // Wrong on purpose: a lapse is due again within minutes, so the student has a review session.
  await submitAnswer(db.prisma, { attemptId, userId: student.id, questionId: answered.id, answer: { kind: 'boolean', value: false } });

  // The teacher then corrects that question's key: version 2, so version 1's attempts can be regraded.
  await saveDraftEdit(db.prisma, { teacherId: teacher.id, questionId: ownDraftId, edit: { ...TRUE_FALSE('The story is about the news.'), answer: { value: false } } });
  await publishSet(db.prisma, { teacherId: teacher.id, setId, visibility: 'private' });

  const lib = await db.prisma.questionSet.findFirstOrThrow({
    where: { visibility: 'public', status: 'published', ownerId: { notIn: [teacher.id, otherTeacher.id] } },
    orderBy: { slug: 'asc' },
    select: { id: true, slug: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true, questions: { where: { review: 'approved' }, take: 1, orderBy: { position: 'asc' }, select: { id: true, type: true, options: true } } } } },
  });
  const libVersion = lib.versions[0]!;
  const libQuestion = libVersion.questions[0]!;

  return {
    users: { student, otherStudent, teacher, otherTeacher },
    classId: cls.id,
    joinCode: cls.code,
    otherClassId: other.id,
    setId,
    setSlug: set.slug,
    versionId: version.id,
    articleId: ws.articles[0]!.id,
    draftIds: ws.questions.map((q) => q.id),
    ownDraftId,
    assignmentId,
    attemptId,
    answeredQuestionId: answered.id,
    openQuestion: { id: open.id, answer: answerFor(open.type, open.options as PublicOptions) },
    library: { setId: lib.id, slug: lib.slug, versionId: libVersion.id, question: { id: libQuestion.id, answer: answerFor(libQuestion.type, libQuestion.options as PublicOptions) } },
  };
}
