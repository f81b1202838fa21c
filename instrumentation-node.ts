// Open the database at start-up (taking the data-directory lock) so that a bad DATABASE_URL or a
// directory held by another process stops the server with one sentence instead of failing the
// first request.
import { getDb } from '@/lib/db';

try {
  await getDb();
} catch (error) {
  console.error(`newsquiz: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
