// Half of the fuzzing (see fuzz-harness.ts): the rows whose fuzzer is a visitor or another student.
// Split in two files only so that the two halves run in parallel.
import { vi } from 'vitest';
import { fuzzRows, tableRows } from './fuzz-harness';

vi.mock('next/headers', () => import('./seams').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('./seams').then((m) => m.nextCacheModule));
vi.mock('@/lib/db', () => import('./seams').then((m) => m.dbModule));
vi.mock('@/lib/auth/auth', () => import('./seams').then((m) => m.authModule));

fuzzRows('fuzzing the visitor- and student-side actions and routes (as a visitor or another student)', tableRows((entry) => entry.fuzzAs !== 'otherTeacher'));
