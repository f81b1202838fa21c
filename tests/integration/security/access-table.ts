// THE authorization table: every server action and route handler, who may call it, and what the
// others get. access-matrix.test.ts fails when an exported action or a route file has no entry here
// (or an entry names nothing), and fuzz-actions.test.ts fuzzes every entry as its `fuzzAs` caller.
//
// A verdict is 'allow', or the refusal: an HTTP-like status (401 sign in, 403 wrong role or not
// allowed, 404 not theirs / not found, 400 input refused), or 'deny' for form actions whose
// refusal is a redirect elsewhere. Each case's input targets objects of the owning student
// ("student") or the owning teacher ("teacher"); "otherStudent" and "otherTeacher" are signed-in
// users of the same role who own none of it.
import type { CallerName, SignedInName, World } from '../../support/security-world';
import { TRUE_FALSE } from '../../support/security-world';

export type Verdict = 'allow' | 'deny' | 400 | 401 | 403 | 404 | 409;
export type Expect = Record<CallerName, Verdict>;

export type Case = {
  name: string;
  input: (w: World) => unknown;
  expect: Expect;
};

export type Entry = {
  cases: Case[];
  /** Who the fuzzer calls as: a caller of the right role who owns none of the world's objects. */
  fuzzAs: SignedInName | 'anonymous';
  /** What the fuzzer spoils, when not the first case's input (it must not hold a credential). */
  fuzzTemplate?: (w: World) => unknown;
  /** Route handlers: the method the route exports; the case's input is { params, body? }. */
  method?: 'GET' | 'POST';
  /** Form actions: send the input as FormData. */
  form?: boolean;
  /** Form actions answer every call with a redirect; only these targets mean "allowed". */
  allowedRedirect?: RegExp;
};

const verdicts = (anonymous: Verdict, student: Verdict, otherStudent: Verdict, teacher: Verdict, otherTeacher: Verdict): Expect => ({ anonymous, student, otherStudent, teacher, otherTeacher });

/** Anyone, signed in or not. */
const everyone = verdicts('allow', 'allow', 'allow', 'allow', 'allow');
/** Anyone signed in, on their own behalf (their own attempt, deck, settings, data). */
const anySignedIn = verdicts(401, 'allow', 'allow', 'allow', 'allow');
/** Only the student whose attempt/account it is. */
const owningStudent = (others: Verdict = 404) => verdicts(401, 'allow', others, others, others);
/** Any teacher, making something of their own. */
const anyTeacher = verdicts(401, 403, 403, 'allow', 'allow');
/** Only the teacher who owns the class or set; another teacher cannot tell it exists. */
const owningTeacher = verdicts(401, 403, 403, 'allow', 404);
const nobodySignedIn = (status: Verdict) => verdicts(401, status, status, status, status);

const one = (input: Case['input'], expect: Expect): Case[] => [{ name: 'the world’s target', input, expect }];

const article = 'The city council voted on Tuesday to build a new library beside the river. The mayor, Ana Ruiz, said the building would open in 2027 and cost 12 million euros. Opponents said the money should go to schools.';
const assignmentFields = (w: World, classId: string) => ({
  classId,
  setSlug: w.setSlug,
  opensAt: new Date(Date.now() - 60_000).toISOString(),
  dueAt: new Date(Date.now() + 86_400_000).toISOString(),
  mode: 'practice',
  reveal: 'after_each',
  latePolicy: 'accept_late',
});
const guestImport = (versionId: string, question: { id: string; answer: unknown }) => ({
  guestKey: 'guest-key-0001',
  setVersionId: versionId,
  seed: 7,
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  answers: [{ questionId: question.id, answer: question.answer, answeredAt: new Date().toISOString() }],
});

export const ACTIONS: Record<string, Entry> = {
  // app/(public)/actions.ts — signing in/up is open to all; signing out ends only the caller's own session.
  signInAction: {
    fuzzAs: 'anonymous',
    fuzzTemplate: (w) => ({ identifier: w.users.student.identifier, password: 'not-their-password' }),
    cases: one((w) => ({ identifier: w.users.student.identifier, password: w.users.student.password }), everyone),
  },
  signUpAction: { fuzzAs: 'anonymous', cases: one(() => ({ name: 'New Person', email: 'new.person@example.org', password: 'a-long-password', role: 'student' }), everyone) },
  signOutAction: { fuzzAs: 'otherStudent', form: true, cases: one(() => ({}), everyone) },

  // app/(student)/assignments/actions.ts
  startAssignmentAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ assignmentId: w.assignmentId }), verdicts(401, 'allow', 404, 403, 403)) },

  // app/(student)/attempts/actions.ts
  startAttemptAction: {
    fuzzAs: 'otherStudent',
    cases: [
      { name: 'a public library set', input: (w) => ({ setSlug: w.library.slug }), expect: anySignedIn },
      { name: 'the teacher’s private set', input: (w) => ({ setSlug: w.setSlug }), expect: nobodySignedIn(404) },
    ],
  },
  startAttemptFormAction: {
    fuzzAs: 'otherStudent',
    form: true,
    allowedRedirect: /^\/attempts\//,
    cases: [
      { name: 'a public library set', input: (w) => ({ setSlug: w.library.slug }), expect: verdicts('deny', 'allow', 'allow', 'allow', 'allow') },
      { name: 'the teacher’s private set', input: (w) => ({ setSlug: w.setSlug }), expect: verdicts('deny', 'deny', 'deny', 'deny', 'deny') },
    ],
  },
  answerAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ attemptId: w.attemptId, questionId: w.openQuestion.id, answer: w.openQuestion.answer }), owningStudent()) },
  savePositionAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ attemptId: w.attemptId, currentIndex: 1, flagged: [w.openQuestion.id] }), owningStudent()) },
  submitAttemptAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ attemptId: w.attemptId }), owningStudent()) },
  reportQuestionAction: {
    fuzzAs: 'otherStudent',
    cases: [
      // A private set's question is visible only to students who have an attempt on it.
      { name: 'a question of the private set the student was assigned', input: (w) => ({ questionId: w.openQuestion.id, reason: 'wrong', note: 'Two answers fit.' }), expect: owningStudent() },
      { name: 'a public library question', input: (w) => ({ questionId: w.library.question.id, reason: 'unclear' }), expect: anySignedIn },
    ],
  },

  // app/(student)/join/actions.ts — the code is the invitation: any student holding it may join.
  joinClassAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ code: w.joinCode }), verdicts(401, 'allow', 'allow', 403, 403)) },

  // app/(student)/review/actions.ts — each caller reviews only their own deck; only the student has cards due.
  startReviewAction: { fuzzAs: 'otherStudent', cases: one(() => ({}), owningStudent()) },
  startReviewFormAction: { fuzzAs: 'otherStudent', form: true, allowedRedirect: /^\/attempts\//, cases: one(() => ({}), verdicts('deny', 'allow', 'deny', 'deny', 'deny')) },
  setRetentionAction: { fuzzAs: 'otherStudent', cases: one(() => ({ desiredRetention: 0.85 }), anySignedIn) },
  setRetentionFormAction: { fuzzAs: 'otherStudent', form: true, allowedRedirect: /Saved/, cases: one(() => ({ desiredRetention: '0.85' }), verdicts('deny', 'allow', 'allow', 'allow', 'allow')) },

  // app/(student)/sets/guest-actions.ts — public sets only, for visitors and signed-in users alike.
  gradeGuestAnswerAction: {
    fuzzAs: 'anonymous',
    cases: [
      { name: 'a public library question', input: (w) => ({ setVersionId: w.library.versionId, questionId: w.library.question.id, answer: w.library.question.answer }), expect: everyone },
      { name: 'a question of the teacher’s private set', input: (w) => ({ setVersionId: w.versionId, questionId: w.openQuestion.id, answer: w.openQuestion.answer }), expect: verdicts(404, 404, 404, 404, 404) },
    ],
  },
  importGuestAttemptAction: {
    fuzzAs: 'otherStudent',
    cases: [
      { name: 'a public library set', input: (w) => guestImport(w.library.versionId, w.library.question), expect: anySignedIn },
      { name: 'the teacher’s private set', input: (w) => guestImport(w.versionId, w.openQuestion), expect: nobodySignedIn(404) },
    ],
  },

  // app/(teacher)/teach/actions.ts
  createClassAction: { fuzzAs: 'otherTeacher', cases: one(() => ({ name: '10B Civics' }), anyTeacher) },
  renameClassAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, name: 'Renamed' }), owningTeacher) },
  archiveClassAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, archived: 'true' }), owningTeacher) },
  deleteClassAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, confirmName: '9C News' }), owningTeacher) },
  regenerateCodeAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId }), owningTeacher) },
  removeStudentAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, studentId: w.users.student.id }), owningTeacher) },
  createAssignmentAction: {
    fuzzAs: 'otherTeacher',
    cases: [
      { name: 'the teacher’s class and private set', input: (w) => assignmentFields(w, w.classId), expect: owningTeacher },
      // Neither teacher may: the class is the other teacher's, the private set the owner's.
      { name: 'the other teacher’s class with the teacher’s private set', input: (w) => assignmentFields(w, w.otherClassId), expect: verdicts(401, 403, 403, 404, 404) },
    ],
  },
  resetAttemptsAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ assignmentId: w.assignmentId, studentId: w.users.student.id, classId: w.classId }), owningTeacher) },

  // app/(teacher)/teach/classes/[id]/student-account-actions.ts
  createStudentAccountsAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, names: 'Nia New\nOmar New' }), owningTeacher) },
  resetStudentPasswordAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ classId: w.classId, studentId: w.users.student.id }), owningTeacher) },

  // app/(teacher)/teach/sets/actions.ts
  createSetAction: { fuzzAs: 'otherTeacher', cases: one(() => ({ setTitle: 'Council news', text: article }), anyTeacher) },
  addArticleAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ setId: w.setId, text: article }), owningTeacher) },
  reviewDraftsAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ questionIds: [w.draftIds[5]], review: 'approved' }), owningTeacher) },
  saveDraftAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ questionId: w.ownDraftId, edit: TRUE_FALSE('An edited statement.') }), owningTeacher) },
  moveDraftAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ questionId: w.draftIds[1], direction: 'up' }), owningTeacher) },
  addOwnQuestionAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ setId: w.setId, edit: TRUE_FALSE('A statement of my own.'), articleId: w.articleId, sentenceIndex: 0 }), owningTeacher) },
  updateSetDetailsAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ setId: w.setId, title: 'Renamed set', topic: 'Civics' }), owningTeacher) },
  publishSetAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ setId: w.setId, visibility: 'public' }), owningTeacher) },
  copySetAction: {
    fuzzAs: 'otherTeacher',
    cases: [
      { name: 'the teacher’s private set', input: (w) => ({ setId: w.setId }), expect: owningTeacher },
      { name: 'a public library set', input: (w) => ({ setId: w.library.setId }), expect: anyTeacher },
    ],
  },
  editSetAction: {
    fuzzAs: 'otherTeacher',
    cases: [
      { name: 'the teacher’s set', input: (w) => ({ setId: w.setId }), expect: owningTeacher },
      { name: 'a public library set (copy it instead)', input: (w) => ({ setId: w.library.setId }), expect: verdicts(401, 403, 403, 404, 404) },
    ],
  },
  regradeAction: { fuzzAs: 'otherTeacher', cases: one((w) => ({ setId: w.setId, version: 1 }), owningTeacher) },
  importQuestionsAction: { fuzzAs: 'otherTeacher', cases: one(() => ({ title: 'Imported', format: 'gift', source: '::Q1:: The council voted on Tuesday. {T}' }), anyTeacher) },

  // app/account/actions.ts — the confirmation names the account; only its owner can give it.
  deleteAccountAction: { fuzzAs: 'otherStudent', cases: one((w) => ({ confirm: w.users.student.confirm, password: w.users.student.password }), owningStudent(400)) },
};

/** Route handlers, by their folder under app/. Their input is the dynamic route params and a JSON body. */
export const ROUTES: Record<string, Entry> = {
  '(teacher)/teach/assignments/[id]/grades.csv': { fuzzAs: 'otherTeacher', cases: one((w) => ({ params: { id: w.assignmentId } }), verdicts(401, 404, 404, 'allow', 404)) },
  '(teacher)/teach/assignments/[id]/responses.csv': { fuzzAs: 'otherTeacher', cases: one((w) => ({ params: { id: w.assignmentId } }), verdicts(401, 404, 404, 'allow', 404)) },
  '(teacher)/teach/sets/[id]/export/[format]': {
    fuzzAs: 'otherTeacher',
    cases: [
      { name: 'the teacher’s private set', input: (w) => ({ params: { id: w.setId, format: 'gift' } }), expect: verdicts(401, 403, 403, 'allow', 404) },
      { name: 'a public library set', input: (w) => ({ params: { id: w.library.setId, format: 'qti' } }), expect: verdicts(401, 403, 403, 'allow', 'allow') },
    ],
  },
  // Everyone downloads their own data; there is no id to point at someone else's.
  'account/data.json': { fuzzAs: 'otherStudent', cases: one(() => ({ params: {} }), anySignedIn) },

  // The attempt API (JSON twins of the player's actions): the caller's own attempts only.
  'api/attempts': {
    fuzzAs: 'otherStudent',
    method: 'POST',
    cases: [
      { name: 'a public library set', input: (w) => ({ params: {}, body: { setSlug: w.library.slug } }), expect: anySignedIn },
      { name: 'the teacher’s private set', input: (w) => ({ params: {}, body: { setSlug: w.setSlug } }), expect: nobodySignedIn(404) },
    ],
  },
  'api/attempts/[id]': { fuzzAs: 'otherStudent', cases: one((w) => ({ params: { id: w.attemptId } }), owningStudent()) },
  'api/attempts/[id]/answers': {
    fuzzAs: 'otherStudent',
    method: 'POST',
    cases: one((w) => ({ params: { id: w.attemptId }, body: { questionId: w.openQuestion.id, answer: w.openQuestion.answer } }), owningStudent()),
  },
  'api/attempts/[id]/submit': { fuzzAs: 'otherStudent', method: 'POST', cases: one((w) => ({ params: { id: w.attemptId }, body: {} }), owningStudent()) },
  // Load-test only: answers 404 to everyone unless the server runs with NEWSQUIZ_BENCH=1.
  'api/bench/raw-answer/[id]': {
    fuzzAs: 'otherStudent',
    method: 'POST',
    cases: one((w) => ({ params: { id: w.attemptId }, body: { questionId: w.openQuestion.id, answer: w.openQuestion.answer } }), verdicts(404, 404, 404, 404, 404)),
  },
};

/**
 * Route files that are not ours to test here: better-auth's own HTTP endpoints (sign-in, sign-up,
 * session, sign-out), whose refusals and throttling are covered by sign-in-throttle.test.ts.
 */
export const ROUTES_NOT_IN_TABLE = ['api/auth/[...all]'];
