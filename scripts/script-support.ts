// Shared start-up for command-line scripts: configuration and database errors end the process with
// the one-sentence message, not a stack trace.
import { parseConfig, type AppConfig } from '@/lib/config/parse-config';
import { DataDirLockedError } from '@/lib/db/data-dir-lock';
import { DatabaseUnreachableError, openDatabase, type Database } from '@/lib/db/open-database';

export function loadConfig(): AppConfig {
  const result = parseConfig(process.env);
  if (!result.ok) throw new UserFacingError(result.message);
  return result.config;
}

export async function openConfiguredDatabase(config = loadConfig()): Promise<Database> {
  return openDatabase(config.database);
}

export class UserFacingError extends Error {}

export function isUserFacing(error: unknown): error is Error {
  return error instanceof UserFacingError || error instanceof DataDirLockedError || error instanceof DatabaseUnreachableError;
}

export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(`newsquiz: ${isUserFacing(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
