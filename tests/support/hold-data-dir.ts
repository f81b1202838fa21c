// Test helper process: opens a PGlite data directory the way the app does (taking its lock),
// writes a row, says "ready", and waits to be killed.
import { openDatabase } from '@/lib/db/open-database';

const dataDir = process.argv[2]!;
const db = await openDatabase({ engine: 'pglite', dataDir });
await db.executeScript('CREATE TABLE IF NOT EXISTS held (n int); INSERT INTO held VALUES (1);');
process.stdout.write('ready\n');
setInterval(() => {}, 1 << 30);
