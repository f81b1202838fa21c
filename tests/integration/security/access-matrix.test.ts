// The authorization matrix: every server action and route handler (found by walking app/), called
// as anonymous, the owning student, another student, the owning teacher and another teacher, each
// outcome checked against access-table.ts. A refusal must also leave the database exactly as it
// was; an allowed call's changes are rolled back (restored from a snapshot) before the next case.
// Callers are identified by real better-auth session cookies; see seams.ts for what is replaced.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { BOOKKEEPING, changedTables, fingerprint, listTables, restore, snapshot, TABLES, type Snapshot } from '../../support/db-snapshot';
import { buildWorld, CALLERS, type CallerName, type World } from '../../support/security-world';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { ACTIONS, ROUTES, ROUTES_NOT_IN_TABLE, type Entry, type Verdict } from './access-table';
import { actionFiles, loadActions, loadRoute, routeFolders, routeMethods, type FoundAction } from './endpoints';
import { callAction, callRoute, describeOutcome, toFormData, type Outcome, type RouteInput } from './invoke';
import { seams } from './seams';

vi.mock('next/headers', () => import('./seams').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('./seams').then((m) => m.nextCacheModule));
vi.mock('@/lib/db', () => import('./seams').then((m) => m.dbModule));
vi.mock('@/lib/auth/auth', () => import('./seams').then((m) => m.authModule));

/** What the table would call this outcome. */
function verdictOf(outcome: Outcome, entry: Entry): Verdict | 'threw' {
  switch (outcome.kind) {
    case 'result':
      return outcome.ok ? 'allow' : ((outcome.status as Verdict | undefined) ?? 'deny');
    case 'redirect':
      return !entry.allowedRedirect || entry.allowedRedirect.test(decodeURIComponent(outcome.url)) ? 'allow' : 'deny';
    case 'response':
      return outcome.status < 400 ? 'allow' : (outcome.status as Verdict);
    case 'thrown':
      return 'threw';
  }
}

/** Refusals first, then the allowed calls: an allowed call changes the world and is rolled back. */
const inOrder = (expect: Record<CallerName, Verdict>) => [...CALLERS].sort((a, b) => Number(expect[a] === 'allow') - Number(expect[b] === 'allow'));

describe('authorization matrix', () => {
  let db: TestDatabase;
  let world: World;
  let pristine: Snapshot;
  let pristinePrint: Snapshot;
  let actions: Map<string, FoundAction>;
  const seen: Record<string, Partial<Record<CallerName, string>>> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    seams.db = db;
    seams.auth = await createAuth(db, { baseUrl: 'http://localhost:3999' });
    world = await buildWorld(db, seams.auth);
    pristine = await snapshot(db);
    pristinePrint = await fingerprint(db);
    actions = new Map((await loadActions()).map((a) => [a.name, a]));
  });
  afterAll(async () => {
    // The matrix as it ran, for the record (one line per action/case).
    console.info(Object.entries(seen).map(([k, v]) => `${k}: ${CALLERS.map((c) => `${c}=${v[c] ?? '-'}`).join(' ')}`).join('\n'));
    await db?.drop();
  });

  it('has one row per exported action and route, and no row that names nothing', async () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(10);
    const found = await loadActions();
    const names = found.map((a) => a.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'export names must be unique across action files').toEqual([]);
    expect(names.filter((n) => !(n in ACTIONS)), 'actions with no row in access-table.ts').toEqual([]);
    expect(Object.keys(ACTIONS).filter((n) => !names.includes(n)), 'rows naming no exported action').toEqual([]);

    const routes = routeFolders.filter((f) => !ROUTES_NOT_IN_TABLE.includes(f));
    expect(routes.filter((r) => !(r in ROUTES)), 'routes with no row in access-table.ts').toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), 'rows naming no route').toEqual([]);
    for (const r of routes.filter((r) => r in ROUTES)) expect(await routeMethods(r), `${r}: the methods its row covers`).toEqual([ROUTES[r]!.method ?? 'GET']);
    // The snapshot must see every table, or "nothing changed" would not mean much.
    expect(await listTables(db)).toEqual([...TABLES].sort());
  });

  const rows: [string, Entry, 'action' | 'route'][] = [
    ...Object.entries(ACTIONS).map(([k, e]) => [k, e, 'action'] as [string, Entry, 'action']),
    ...Object.entries(ROUTES).map(([k, e]) => [k, e, 'route'] as [string, Entry, 'route']),
  ];
  for (const [key, entry, kind] of rows) {
    describe(key, () => {
      for (const c of entry.cases) {
        for (const caller of inOrder(c.expect)) {
          const expected = c.expect[caller];
          it(`${c.name}: ${caller} → ${expected}`, async () => {
            const headers = caller === 'anonymous' ? null : world.users[caller].headers;
            const input = c.input(world);
            let outcome: Outcome;
            if (kind === 'route') {
              outcome = await callRoute(await loadRoute(key, entry.method), entry.method ?? 'GET', headers, input as RouteInput);
            } else {
              const action = actions.get(key);
              expect(action, `${key} is exported by an action file`).toBeDefined();
              outcome = await callAction(action!.fn, headers, entry.form ? toFormData(input as Record<string, unknown>) : input);
            }
            const after = await fingerprint(db);
            const changed = changedTables(pristinePrint, after);
            if (changed.length > 0) await restore(db, pristine);
            const got = verdictOf(outcome, entry);
            (seen[`${key} (${c.name})`] ??= {})[caller] = String(got);
            expect(got, describeOutcome(outcome)).toBe(expected);
            if (expected !== 'allow') expect(changed.filter((t) => !BOOKKEEPING.includes(t as never)), 'a refusal changed these tables').toEqual([]);
          });
        }
      }
    });
  }
});
