// Prisma CLI configuration. Only `prisma generate` runs through the CLI here: migrations go through
// scripts/migrate.ts (the WASM schema engine), because the CLI's engine binary cannot be downloaded.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
