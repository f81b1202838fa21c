import { randomBytes } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise one is generated once
 * and kept in the database, so every instance sharing the database signs alike and a restart keeps
 * everyone signed in. Insert-on-conflict makes concurrent first starts agree on one value.
 */
export async function ensureAuthSecret(prisma: AppPrisma, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  await prisma.appSetting.createMany({
    data: [{ key: 'auth_secret', value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  const row = await prisma.appSetting.findUniqueOrThrow({ where: { key: 'auth_secret' } });
  return row.value;
}
