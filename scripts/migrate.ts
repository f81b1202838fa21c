// npm run db:migrate          apply pending migrations to the configured database
// npm run db:migration -- NAME create a new migration from changes to prisma/schema.prisma
// npm run db:status           list applied, pending and failed migrations
import { applyMigrations, createMigration, migrationStatus } from '@/lib/db/migrations';
import { openConfiguredDatabase, runScript } from './script-support';

runScript(async () => {
  const [command = 'deploy', name] = process.argv.slice(2);
  if (command === 'create') {
    if (!name) throw new Error('Name the migration: npm run db:migration -- add_something');
    const folder = await createMigration(name);
    console.log(folder ? `Created prisma/migrations/${folder}/migration.sql` : 'No schema changes: no migration created.');
    return;
  }
  const db = await openConfiguredDatabase();
  try {
    if (command === 'status') {
      const status = await migrationStatus(db);
      console.log(JSON.stringify(status, null, 2));
      if (status.failed.length || status.pending.length) process.exitCode = 1;
      return;
    }
    if (command !== 'deploy') throw new Error(`Unknown command "${command}"; use deploy, create or status.`);
    const applied = await applyMigrations(db);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await db.close();
  }
});
