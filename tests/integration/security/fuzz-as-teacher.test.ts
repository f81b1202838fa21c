// Half of the fuzzing (see fuzz-harness.ts): the rows whose fuzzer is another teacher.
// Split in two files only so that the two halves run in parallel.
import { vi } from 'vitest';
import { fuzzRows, tableRows } from './fuzz-harness';

vi.mock('next/headers', () => import('./seams').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('./seams').then((m) => m.nextCacheModule));
vi.mock('@/lib/db', () => import('./seams').then((m) => m.dbModule));
vi.mock('@/lib/auth/auth', () => import('./seams').then((m) => m.authModule));

fuzzRows('fuzzing the teacher-side actions and routes (as another teacher)', tableRows((entry) => entry.fuzzAs === 'otherTeacher'));
