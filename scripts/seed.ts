// npm run db:seed: load library content (and, on the embedded database, the demo accounts).
import { seedContent } from '@/lib/seed/seed-content';
import { seedDemo } from '@/lib/seed/seed-demo';
import { loadConfig, openConfiguredDatabase, runScript } from './script-support';

runScript(async () => {
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    const report = await seedContent(db.prisma);
    if (config.demoData) await seedDemo(db.prisma);
    console.log(report.versionsCreated.length ? `Seeded ${report.versionsCreated.join(', ')}` : 'Content is up to date.');
  } finally {
    await db.close();
  }
});
