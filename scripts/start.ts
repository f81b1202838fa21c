// npm start: build when the build is missing or older than the sources, apply migrations, seed
// content, then serve with `next start` (or `next dev` with --dev). Every configuration or database
// problem stops here with one sentence.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { applyMigrations } from '@/lib/db/migrations';
import { seedContent } from '@/lib/seed/seed-content';
import { DEMO_ACCOUNTS, seedDemo } from '@/lib/seed/seed-demo';
import { buildIsStale } from './lib/build-staleness';
import { loadConfig, openConfiguredDatabase, runScript } from './script-support';

const ROOT = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

runScript(async () => {
  const dev = process.argv.includes('--dev');
  const config = loadConfig();
  const where = config.database.engine === 'pglite' ? `embedded database in ${path.relative(ROOT, config.database.dataDir) || '.'}` : `PostgreSQL at ${config.database.host}:${config.database.port}/${config.database.database}`;

  // Open the database first, so a bad DATABASE_URL or a locked data directory stops start-up
  // before a long build.
  const db = await openConfiguredDatabase(config);
  try {
    const applied = await applyMigrations(db);
    if (applied.length) console.log(`newsquiz: applied ${applied.length} migration(s)`);
    const report = await seedContent(db.prisma);
    if (report.versionsCreated.length) console.log(`newsquiz: seeded ${report.versionsCreated.join(', ')}`);
    if (config.demoData) await seedDemo(db.prisma);
  } finally {
    await db.close();
  }

  if (!dev && (process.argv.includes('--build') || buildIsStale(ROOT))) {
    console.log('newsquiz: building the app (next build)…');
    const build = spawnSync(bin('next'), ['build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed (see above).');
  }

  console.log(`newsquiz: serving ${config.baseUrl} on the ${where}`);
  if (config.demoData) {
    console.log(`newsquiz: demo teacher ${DEMO_ACCOUNTS.teacher.email} / ${DEMO_ACCOUNTS.teacher.password}, demo student ${DEMO_ACCOUNTS.student.email} / ${DEMO_ACCOUNTS.student.password}`);
  }
  const child = spawn(bin('next'), [dev ? 'dev' : 'start', '--port', String(config.port)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BETTER_AUTH_URL: config.baseUrl },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
  process.exitCode = code;
});
