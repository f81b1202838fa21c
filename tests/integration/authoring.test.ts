// Authoring from an article through to a published, versioned, regradable set — and every step
// refused to a teacher who does not own the set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError } from '@/lib/actions/run-guarded';
import { createAssignment, startAssignmentAttempt } from '@/lib/assignments/manage-assignments';
import { startLibraryAttempt } from '@/lib/attempts/start-attempt';
import { submitAnswer } from '@/lib/attempts/submit-answer';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { readUpload } from '@/lib/authoring/article-upload';
import { copyPublicSet } from '@/lib/authoring/copy-set';
import { addArticleToSet, createSetFromArticle } from '@/lib/authoring/draft-from-article';
import { addOwnQuestion, moveDraft, saveDraftEdit, setReview } from '@/lib/authoring/edit-workspace';
import { loadWorkspace } from '@/lib/authoring/load-workspace';
import { publishSet } from '@/lib/authoring/publish-set';
import { regradeVersion } from '@/lib/authoring/regrade';
import { getTeacherSetView, listTeacherSets } from '@/lib/authoring/teacher-sets';
import { joinClass } from '@/lib/classes/join-class';
import { createClass } from '@/lib/classes/manage-classes';
import { loadFixtureArticles } from '../support/fixture-articles';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const [first, second] = loadFixtureArticles().filter((a) => !a.heldOut);

describe('authoring a set from an article', () => {
  let db: TestDatabase;
  let setId: string;
  let questionIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.prisma.user.createMany({
      data: [
        { id: 'tess', name: 'Tess', email: 'tess@example.org', role: 'teacher' },
        { id: 'otto', name: 'Otto', email: 'otto@example.org', role: 'teacher' },
        { id: 'stu', name: 'Stu', email: 'stu@example.org' },
      ],
    });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('drafts ranked questions into a private draft set that students cannot reach', async () => {
    const created = await createSetFromArticle(db.prisma, { teacherId: 'tess', setTitle: 'Week 12 news', article: { text: first!.text, publishedOn: first!.publishedOn } });
    setId = created.setId;
    expect(created.drafted).toBeGreaterThanOrEqual(10);
    const ws = await loadWorkspace(db.prisma, { teacherId: 'tess', setId });
    expect(ws!.set).toMatchObject({ title: 'Week 12 news', status: 'draft', visibility: 'private' });
    expect(ws!.questions.every((q) => q.review === 'pending')).toBe(true);
    // Every draft's evidence points at a sentence of the stored article.
    const sentences = new Set(ws!.articles[0]!.paragraphs.flat().map((s) => `${ws!.articles[0]!.id}:${s.index}`));
    expect(ws!.questions.every((q) => q.evidence.length > 0 && q.evidence.every((e) => sentences.has(`${e.articleId}:${e.sentenceIndex}`)))).toBe(true);
    questionIds = ws!.questions.map((q) => q.id);
    const slug = (await db.prisma.questionSet.findUniqueOrThrow({ where: { id: setId } })).slug;
    await expect(startLibraryAttempt(db.prisma, { userId: 'stu', setSlug: slug, mode: 'test' })).rejects.toThrow('not found');
  });

  it('refuses another teacher everything, and changes nothing', async () => {
    const before = await db.prisma.question.findMany({ where: { id: { in: questionIds } }, orderBy: { id: 'asc' } });
    expect(await loadWorkspace(db.prisma, { teacherId: 'otto', setId })).toBeNull();
    expect(await getTeacherSetView(db.prisma, { teacherId: 'otto', setId })).toBeNull();
    // Called one at a time (a rejected promise left waiting would count as unhandled).
    const refusals: (() => Promise<unknown>)[] = [
      () => setReview(db.prisma, { teacherId: 'otto', questionIds: [questionIds[0]!], review: 'approved' }),
      () => saveDraftEdit(db.prisma, { teacherId: 'otto', questionId: questionIds[0]!, edit: { type: 'true_false', prompt: 'Hijacked?', explanation: 'x', answer: { value: true } } }),
      () => moveDraft(db.prisma, { teacherId: 'otto', questionId: questionIds[1]!, direction: 'up' }),
      () => addOwnQuestion(db.prisma, { teacherId: 'otto', setId, edit: { type: 'true_false', prompt: 'Mine now?', explanation: 'x', answer: { value: true } } }),
      () => addArticleToSet(db.prisma, { teacherId: 'otto', setId, article: { text: second!.text } }),
      () => publishSet(db.prisma, { teacherId: 'otto', setId, visibility: 'public' }),
      () => regradeVersion(db.prisma, { teacherId: 'otto', setId, version: 1 }),
      () => copyPublicSet(db.prisma, { teacherId: 'otto', setId }),
    ];
    for (const attempt of refusals) await expect(attempt()).rejects.toMatchObject({ status: 404 });
    expect(await db.prisma.question.findMany({ where: { id: { in: questionIds } }, orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('approves, rejects, edits, reorders and adds, then publishes only the approved questions in order', async () => {
    await setReview(db.prisma, { teacherId: 'tess', questionIds: questionIds.slice(0, 3), review: 'approved' });
    await setReview(db.prisma, { teacherId: 'tess', questionIds: [questionIds[3]!], review: 'rejected' });
    const ws = (await loadWorkspace(db.prisma, { teacherId: 'tess', setId }))!;
    // (Any draft after the first four that is not numeric: changing it to numeric must be refused.)
    const target = ws.questions.slice(4).find((q) => q.question.type !== 'numeric')!;
    await saveDraftEdit(db.prisma, { teacherId: 'tess', questionId: target.id, edit: { ...target.question, prompt: 'Edited: ' + target.question.prompt } });
    await expect(saveDraftEdit(db.prisma, { teacherId: 'tess', questionId: target.id, edit: { ...target.question, prompt: '' } })).rejects.toBeInstanceOf(ActionError);
    await expect(saveDraftEdit(db.prisma, { teacherId: 'tess', questionId: target.id, edit: { type: 'numeric', prompt: 'Changed type?', explanation: 'x', answer: { value: 3, tolerance: 0 } } })).rejects.toThrow('type cannot be changed');
    await moveDraft(db.prisma, { teacherId: 'tess', questionId: questionIds[1]!, direction: 'up' });
    const own = await addOwnQuestion(db.prisma, {
      teacherId: 'tess',
      setId,
      edit: { type: 'multiple_choice', prompt: 'Which section of the paper ran this story?', explanation: 'It ran in world news.', options: [{ id: 'a', text: 'World' }, { id: 'b', text: 'Sport' }], answer: { correct: 'a' } },
      articleId: ws.articles[0]!.id,
      sentenceIndex: 0,
    });

    const published = await publishSet(db.prisma, { teacherId: 'tess', setId, visibility: 'private' });
    expect(published).toEqual({ version: 1, created: true, questionCount: 5 });
    const view = (await getTeacherSetView(db.prisma, { teacherId: 'tess', setId }))!;
    expect(view.questions.map((q) => q.prompt)).toEqual([
      ws.questions[1]!.question.prompt,
      ws.questions[0]!.question.prompt,
      ws.questions[2]!.question.prompt,
      'Edited: ' + target.question.prompt,
      'Which section of the paper ran this story?',
    ]);
    expect((await db.prisma.question.findUniqueOrThrow({ where: { id: own } })).review).toBe('approved');
    // Publishing again without a change creates nothing.
    expect(await publishSet(db.prisma, { teacherId: 'tess', setId, visibility: 'private' })).toEqual({ version: 1, created: false, questionCount: 5 });
    // The teacher's list counts the published questions and the drafts still waiting.
    const [row] = await listTeacherSets(db.prisma, { teacherId: 'tess' });
    expect(row).toMatchObject({ id: setId, status: 'published', version: 1, questionCount: 5, toReview: ws.questions.filter((q) => q.review === 'pending').length - 1 });
  });

  it('keeps a started version; a fixed key becomes version 2 and regrading v1 rescores, updates the deck and logs it', async () => {
    const cls = await createClass(db.prisma, { teacherId: 'tess', name: '10B' });
    await joinClass(db.prisma, { studentId: 'stu', code: cls.code });
    const slug = (await db.prisma.questionSet.findUniqueOrThrow({ where: { id: setId } })).slug;
    const assignmentId = await createAssignment(db.prisma, 'tess', {
      classId: cls.id, setSlug: slug, opensAt: new Date(Date.now() - 60_000), dueAt: null, attemptsAllowed: null, mode: 'test', reveal: 'after_submission', shuffle: false, timeLimitSec: null, latePolicy: 'accept_late',
    });
    const attemptId = await startAssignmentAttempt(db.prisma, { studentId: 'stu', assignmentId });
    const v1Own = await db.prisma.question.findFirstOrThrow({ where: { prompt: 'Which section of the paper ran this story?', setVersion: { setId, version: 1 } } });
    // The student answers "Sport": wrong under v1's key.
    await submitAnswer(db.prisma, { attemptId, userId: 'stu', questionId: v1Own.id, answer: { kind: 'choice', optionId: 'b' } });
    await submitAttempt(db.prisma, { attemptId, userId: 'stu' });
    expect((await db.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(0);
    expect(await db.prisma.reviewCard.count({ where: { userId: 'stu', questionId: v1Own.id } })).toBe(1);

    // The teacher fixes the key in the workspace and publishes: v1 has an attempt, so this is v2.
    const ws = (await loadWorkspace(db.prisma, { teacherId: 'tess', setId }))!;
    const own = ws.questions.find((q) => q.question.prompt.startsWith('Which section'))!;
    await saveDraftEdit(db.prisma, { teacherId: 'tess', questionId: own.id, edit: { ...own.question, answer: { correct: 'b' } } });
    expect(await publishSet(db.prisma, { teacherId: 'tess', setId, visibility: 'private' })).toMatchObject({ version: 2, created: true });
    const attempt = await db.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { setVersion: true } });
    expect(attempt.setVersion.version).toBe(1);

    await expect(regradeVersion(db.prisma, { teacherId: 'tess', setId, version: 2 })).rejects.toThrow('older version');
    const summary = await regradeVersion(db.prisma, { teacherId: 'tess', setId, version: 1 });
    expect(summary).toEqual({ questionsFixed: 1, responsesChanged: 1, attemptsRescored: 1 });
    expect((await db.prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(1);
    expect((await db.prisma.response.findFirstOrThrow({ where: { attemptId, questionId: v1Own.id } })).correct).toBe(true);
    expect(await db.prisma.reviewCard.count({ where: { userId: 'stu', questionId: v1Own.id } })).toBe(0);
    const log = await db.prisma.regradeLog.findFirstOrThrow({ where: { setVersion: { setId, version: 1 } } });
    expect(log).toMatchObject({ actorId: 'tess', details: { questionsFixed: 1, responsesChanged: 1, fromVersion: 2 } });
    // Nothing left to regrade: a second run says so instead of logging an empty regrade.
    await expect(regradeVersion(db.prisma, { teacherId: 'tess', setId, version: 1 })).rejects.toThrow('nothing to regrade');
  });

  it('shows a private set’s keys only to its owner, a public set’s to any teacher, who can copy it', async () => {
    expect(await getTeacherSetView(db.prisma, { teacherId: 'otto', setId })).toBeNull();
    await publishSet(db.prisma, { teacherId: 'tess', setId, visibility: 'public' });
    const seen = (await getTeacherSetView(db.prisma, { teacherId: 'otto', setId }))!;
    expect(seen.isOwner).toBe(false);
    expect(seen.versions).toEqual([]);
    expect(seen.questions.length).toBe(5);
    const copyId = await copyPublicSet(db.prisma, { teacherId: 'otto', setId });
    const copy = (await loadWorkspace(db.prisma, { teacherId: 'otto', setId: copyId }))!;
    expect(copy.set).toMatchObject({ status: 'draft', visibility: 'private', title: 'Week 12 news (copy)' });
    expect(copy.questions.map((q) => q.question.prompt)).toEqual(seen.questions.map((q) => q.prompt));
    expect(copy.questions.every((q) => q.review === 'approved')).toBe(true);
  });

  it('adds a second article’s drafts to the same set (a weekly quiz)', async () => {
    const before = (await loadWorkspace(db.prisma, { teacherId: 'tess', setId }))!;
    const added = await addArticleToSet(db.prisma, { teacherId: 'tess', setId, article: { text: second!.text, title: 'Second story' } });
    const after = (await loadWorkspace(db.prisma, { teacherId: 'tess', setId }))!;
    expect(after.articles.map((a) => a.title)).toContain('Second story');
    expect(after.questions.length).toBe(before.questions.length + added.drafted);
    expect(after.questions.slice(-added.drafted).every((q) => q.articleId === added.articleId && q.review === 'pending')).toBe(true);
  });

  it('refuses an empty or non-article paste with the engine’s reason and saves nothing', async () => {
    const sets = await db.prisma.questionSet.count();
    await expect(createSetFromArticle(db.prisma, { teacherId: 'tess', article: { text: '   ' } })).rejects.toThrow('empty');
    await expect(createSetFromArticle(db.prisma, { teacherId: 'tess', article: { text: 'Breaking news headline only' } })).rejects.toThrow('no complete sentences');
    expect(await db.prisma.questionSet.count()).toBe(sets);
  });
});

describe('reading an uploaded article', () => {
  const file = (name: string, body: BlobPart) => new File([body], name);
  it('reads text, Markdown and HTML, and refuses what is empty, too large, binary or of another kind', async () => {
    expect(await readUpload(file('a.txt', 'Plain words.'))).toBe('Plain words.');
    expect(await readUpload(file('a.md', '# Title\n\nSome **bold** [link](https://x.org) text.'))).toBe('Title\n\nSome bold link text.');
    expect((await readUpload(file('a.html', '<html><body><p>One &amp; two.</p><script>x()</script></body></html>'))).trim()).toBe('One & two.');
    await expect(readUpload(file('a.txt', ''))).rejects.toThrow('empty');
    await expect(readUpload(file('a.txt', 'x'.repeat(1_000_001)))).rejects.toThrow('too large');
    await expect(readUpload(file('a.txt', new Uint8Array([0xff, 0xfe, 0x00, 0x41])))).rejects.toThrow('could not be read');
    await expect(readUpload(file('a.pdf', '%PDF-1.4'))).rejects.toThrow('.txt, .md or .html');
  });
});
