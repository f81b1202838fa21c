// The fuzzer for every row of the authorization table (used by fuzz-as-*.test.ts) (every server action and route handler): at least
// 200 generated payloads each — anything at all, the right keys with wrong types, 100k-character
// strings, Unicode (emoji, RTL overrides, NUL), missing fields, valid inputs with one field spoiled,
// and the ids of other users' objects — sent as a signed-in caller of the right role who owns none
// of the world's objects (the row's `fuzzAs`).
//
// Every call must end as a refusal with a sentence for a person (not a stack trace, not Prisma's
// text, not the catch-all "something went wrong", which is what a crash turns into), or as a
// success/redirect that touched only the caller's own rows: a payload may legitimately make
// something of the caller's own (a class, an attempt at a public set, an account for a visitor).
// After each row's run, a fingerprint of every row the caller does not own must be unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { fingerprintOthers, restore, snapshot, type Snapshot } from '../../support/db-snapshot';
import { buildWorld, type World } from '../../support/security-world';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { ACTIONS, ROUTES, type Entry } from './access-table';
import { loadActions, loadRoute, type FoundAction } from './endpoints';
import { asText, callAction, callRoute, describeOutcome, toFormData, type Outcome, type RouteInput } from './invoke';
import { seams } from './seams';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Every id in the world: the objects of the owning student and teacher, the library's, the users'. */
function worldIds(w: World): string[] {
  return [
    ...Object.values(w.users).map((u) => u.id),
    w.classId, w.joinCode, w.otherClassId, w.setId, w.setSlug, w.versionId, w.articleId, w.ownDraftId, ...w.draftIds.slice(0, 3),
    w.assignmentId, w.attemptId, w.answeredQuestionId, w.openQuestion.id,
    w.library.setId, w.library.slug, w.library.versionId, w.library.question.id,
  ];
}

const HUGE = 100_000;
const specialStrings = [
  '', ' ', '\u0000', 'a\u0000b', '\u202Egnp.exe', 'مرحبا بالعالم', '👩‍👩‍👧‍👦🏳️‍🌈', 'Z̴̡͙a̸l̷g̶o̵', '\uFEFF', '\uD800', '\r\n\t',
  "'; DROP TABLE \"user\"; --", '<script>alert(1)</script>', '../../etc/passwd', '__proto__', 'constructor', 'null', 'undefined',
  'NaN', '-1', '1e309', '0x10', 'true', '2026-13-45', '{"a":1}', '%00%2e%2e',
];

function arbitraries(w: World) {
  const ids = worldIds(w);
  const nastyString = fc.oneof(
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
    { weight: 3, arbitrary: fc.constantFrom(...specialStrings) },
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(HUGE), '😀'.repeat(HUGE / 2), 'ab\u0000'.repeat(HUGE / 3), `${ids[0]}${' '.repeat(HUGE)}`) },
  );
  const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 53, Number.NaN, Infinity, -Infinity)) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
    { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
  return { ids, nastyString, nastyValue };
}

/** Payloads around a well-formed input: the same keys with anything in them, or one field spoiled. */
function payloads(template: unknown, a: ReturnType<typeof arbitraries>): fc.Arbitrary<unknown> {
  const shape = template && typeof template === 'object' && !Array.isArray(template) ? (template as Record<string, unknown>) : {};
  const keys = Object.keys(shape);
  const options: fc.WeightedArbitrary<unknown>[] = [
    { weight: 2, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 0, [], new Date(Number.NaN)) },
  ];
  if (keys.length > 0) {
    const wrongTypes = Object.fromEntries(keys.map((k) => [k, a.nastyValue]));
    options.push(
      // The right keys, anything in them, any of them missing.
      { weight: 3, arbitrary: fc.record(wrongTypes, { requiredKeys: [] }) },
      // The valid input with one field spoiled (or dropped), so checks past the first are reached.
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...keys), fc.option(a.nastyValue, { nil: undefined })).map(([k, v]) => ({ ...shape, [k]: v })) },
      // The valid input pointed at other objects: every id-like field swapped for one of the world's ids.
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...a.ids)).map(([k, v]) => ({ ...shape, [k]: v })) },
      // Extra keys, prototype pollution attempts included.
      { weight: 1, arbitrary: fc.dictionary(a.nastyString, a.nastyValue, { maxKeys: 3 }).map((extra) => ({ ...extra, ...shape, ['__proto__']: { ok: true } })) },
    );
  }
  return fc.oneof(...options);
}

function nulExamples(template: unknown): [unknown, boolean][] {
  if (!template || typeof template !== 'object') return [];
  return Object.keys(template).flatMap((k) => [
    [{ ...template, [k]: 'a\u0000b' }, false],
    [{ ...template, [k]: 'a\u0000b' }, true],
  ]);
}

/** A refusal a person can read: not empty, not a stack, not Prisma, not the catch-all for a crash. */
function unreadable(message: string): string | null {
  if (!message.trim()) return 'empty message';
  if (message.length > 400) return 'message over 400 characters';
  if (/prisma|Invalid `|\n\s+at |TypeError|ReferenceError|undefined is not|Cannot read prop|Something went wrong on our side|Internal/i.test(message)) return 'internal text in the message';
  return null;
}

function problem(outcome: Outcome): string | null {
  switch (outcome.kind) {
    case 'thrown':
      return 'an exception escaped';
    case 'result':
      return outcome.ok ? null : unreadable(outcome.message);
    case 'redirect': {
      // Form actions report a refusal in the page they redirect to: that sentence must be readable too.
      const message = new URL(outcome.url, 'http://localhost').searchParams.get('message');
      return message === null ? null : unreadable(message);
    }
    case 'response': {
      if (outcome.status >= 500) return `HTTP ${outcome.status}`;
      if (outcome.status < 400) return null;
      // A bare 404 (no body) is the usual not-found and says nothing about what exists.
      if (outcome.status === 404 && !outcome.body.trim()) return null;
      const message = /^\s*\{/.test(outcome.body) ? String((JSON.parse(outcome.body) as { message?: string; error?: string }).message ?? (JSON.parse(outcome.body) as { error?: string }).error ?? '') : outcome.body;
      return unreadable(message);
    }
  }
}

type Row = [string, Entry, 'action' | 'route'];

/** Every row of the table, split by who the fuzzer calls as (one test file each, run in parallel). */
export function tableRows(which: (entry: Entry) => boolean): Row[] {
  return [
    ...Object.entries(ACTIONS).map(([k, e]) => [k, e, 'action'] as Row),
    ...Object.entries(ROUTES).map(([k, e]) => [k, e, 'route'] as Row),
  ].filter(([, e]) => which(e));
}

/** The fuzz suite for some rows of the table. The test file must install the seams (vi.mock). */
export function fuzzRows(title: string, rows: Row[]) {
describe(title, () => {
  let db: TestDatabase;
  let world: World;
  let pristine: Snapshot;
  let actions: Map<string, FoundAction>;
  const tally: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    seams.db = db;
    seams.auth = await createAuth(db, { baseUrl: 'http://localhost:3999' });
    world = await buildWorld(db, seams.auth);
    pristine = await snapshot(db);
    actions = new Map((await loadActions()).map((a) => [a.name, a]));
  });
  afterAll(async () => {
    console.info(tally.join('\n'));
    await db?.drop();
  });

  for (const [key, entry, kind] of rows) {
    it(`${key}: ${RUNS} payloads as ${entry.fuzzAs} are refused clearly and change nobody else's rows`, { timeout: 300_000 }, async () => {
      const caller = entry.fuzzAs === 'anonymous' ? null : world.users[entry.fuzzAs];
      const usersBefore = new Set((await db.prisma.user.findMany({ select: { id: true } })).map((u) => u.id));
      // Accounts made during the run (a visitor's sign-up) belong to nobody in the world: theirs to make.
      const callersOf = async () => [caller?.id ?? '', ...(await db.prisma.user.findMany({ select: { id: true } })).map((u) => u.id).filter((id) => !usersBefore.has(id))];
      const before = await fingerprintOthers(db, await callersOf());
      const a = arbitraries(world);
      const counts: Record<string, number> = {};
      const template = (entry.fuzzTemplate ?? entry.cases[0]!.input)(world);
      const run = async (payload: unknown, asForm: boolean): Promise<Outcome> => {
        if (kind === 'route') {
          const t = template as RouteInput;
          const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
          const params = Object.fromEntries(Object.keys(t.params).map((k) => [k, typeof p[k] === 'string' ? (p[k] as string) : asText(p[k] ?? '')]));
          return callRoute(await loadRoute(key, entry.method), entry.method ?? 'GET', caller?.headers ?? null, { params, body: asForm ? JSON.stringify(payload) : (p.body ?? payload) });
        }
        const input = entry.form && asForm && payload && typeof payload === 'object' && !Array.isArray(payload) ? toFormData(payload as Record<string, unknown>) : payload;
        return callAction(actions.get(key)!.fn, caller?.headers ?? null, input);
      };
      const routeTemplate = kind === 'route' ? { ...(template as RouteInput).params, body: (template as RouteInput).body } : template;
      await fc.assert(
        fc.asyncProperty(payloads(routeTemplate, a), fc.boolean(), async (payload, asForm) => {
          const outcome = await run(payload, asForm);
          const bucket = outcome.kind === 'result' ? (outcome.ok ? 'ok' : `refused ${outcome.status ?? '?'}`) : outcome.kind === 'response' ? `HTTP ${outcome.status}` : outcome.kind;
          counts[bucket] = (counts[bucket] ?? 0) + 1;
          const wrong = problem(outcome);
          if (wrong) throw new Error(`${wrong}: ${describeOutcome(outcome)}${outcome.kind === 'thrown' && outcome.error instanceof Error ? `\n${outcome.error.stack}` : ''}`);
        }),
        // Always tried first, whatever the seed: each field of the valid input with a NUL in it
        // (PostgreSQL cannot store NUL in text; these crashed until runGuarded refused them).
        { numRuns: RUNS, endOnFailure: true, examples: nulExamples(routeTemplate) },
      );
      const after = await fingerprintOthers(db, await callersOf());
      const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
      tally.push(`${key} as ${entry.fuzzAs}: ${Object.entries(counts).map(([k, n]) => `${k}×${n}`).join(', ')}`);
      await restore(db, pristine);
      expect(changed, 'tables whose rows owned by others changed').toEqual([]);
      expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(RUNS);
    });
  }
});
}
