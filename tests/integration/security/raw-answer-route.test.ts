// The benchmark's raw limit (app/api/bench/raw-answer) must do what the app's answer route does, or
// the comparison in `npm run bench:submit` means nothing: the same caller checks, the same stored
// response, and the same outcome for a repeat. (Unless NEWSQUIZ_BENCH=1 it answers 404: see the
// access matrix.)
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { buildWorld, type World } from '../../support/security-world';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { loadRoute } from './endpoints';
import { callRoute, type RouteHandler } from './invoke';
import { seams } from './seams';

vi.mock('next/headers', () => import('./seams').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('./seams').then((m) => m.nextCacheModule));
vi.mock('@/lib/db', () => import('./seams').then((m) => m.dbModule));
vi.mock('@/lib/auth/auth', () => import('./seams').then((m) => m.authModule));

describe('raw answer route (bench only)', () => {
  let db: TestDatabase;
  let world: World;
  let app: RouteHandler;
  let raw: RouteHandler;

  beforeAll(async () => {
    db = await createTestDatabase();
    seams.db = db;
    seams.auth = await createAuth(db, { baseUrl: 'http://localhost:3999' });
    world = await buildWorld(db, seams.auth);
    app = await loadRoute('api/attempts/[id]/answers', 'POST');
    raw = await loadRoute('api/bench/raw-answer/[id]', 'POST');
    vi.stubEnv('NEWSQUIZ_BENCH', '1');
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => db?.drop());

  const send = (route: RouteHandler, who: Headers) => callRoute(route, 'POST', who, { params: { id: world.attemptId }, body: { questionId: world.openQuestion.id, answer: world.openQuestion.answer } });

  it('refuses the same callers as the app, then stores and repeats the same response', async () => {
    vi.stubEnv('NEWSQUIZ_BENCH', '1');
    expect(await send(raw, new Headers())).toMatchObject({ status: 401 });
    expect(await send(raw, world.users.otherStudent.headers)).toMatchObject({ status: 404 });

    // A test, as the benchmark runs: a repeat of the stored answer stands while the attempt is open.
    await db.prisma.attempt.update({ where: { id: world.attemptId }, data: { mode: 'test' } });
    // The app first, as the benchmark's probe does; then the raw route repeats the answer.
    const first = await send(app, world.users.student.headers);
    expect(first).toMatchObject({ kind: 'response', status: 200 });
    const again = await send(raw, world.users.student.headers);
    const viaApp = await send(app, world.users.student.headers);
    expect(again).toMatchObject({ status: 200 });
    expect(viaApp).toMatchObject({ status: 200 });
    const stored = (o: unknown) => (JSON.parse((o as { body: string }).body) as { response: { answer: unknown } }).response.answer;
    expect(stored(again)).toEqual(stored(first));
    expect(stored(viaApp)).toEqual(stored(first));
    expect(await db.prisma.response.count({ where: { attemptId: world.attemptId, questionId: world.openQuestion.id } })).toBe(1);
  });
});
