import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, parseDatabaseUrl } from '@/lib/config/parse-config';

describe('parseConfig', () => {
  it('defaults to the embedded database in .data/pglite with demo data', () => {
    const result = parseConfig({}, '/srv/app');
    expect(result).toEqual({
      ok: true,
      config: { database: { engine: 'pglite', dataDir: '/srv/app/.data/pglite' }, port: 3000, baseUrl: 'http://localhost:3000', authSecret: undefined, demoData: true },
    });
  });

  it('takes the data directory from NEWSQUIZ_DATA_DIR, relative to the working directory', () => {
    const result = parseConfig({ NEWSQUIZ_DATA_DIR: 'tmp/db' }, '/srv/app');
    expect(result.ok && result.config.database).toEqual({ engine: 'pglite', dataDir: path.resolve('/srv/app', 'tmp/db') });
  });

  it('uses PostgreSQL for a postgres:// URL, never with demo data', () => {
    const result = parseConfig({ DATABASE_URL: 'postgres://quiz:s%40cret@db.example.org:6543/newsquiz', PORT: '4000' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.database).toMatchObject({ engine: 'postgres', host: 'db.example.org', port: 6543, user: 'quiz', password: 's@cret', database: 'newsquiz' });
    expect(result.config.demoData).toBe(false);
    expect(result.config.baseUrl).toBe('http://localhost:4000');
  });

  it('accepts postgresql:// and defaults the port and user', () => {
    const db = parseDatabaseUrl('postgresql://localhost/quiz');
    expect(db.ok && db.db).toMatchObject({ host: 'localhost', port: 5432, user: 'postgres', database: 'quiz' });
  });

  it.each([
    ['not a url', /not a valid URL/],
    ['mysql://root@localhost/quiz', /must start with postgres:\/\//],
    ['postgres://localhost', /must name a host and a database/],
    ['postgres://localhost:99999/quiz', /not a valid URL|invalid port/],
  ])('refuses DATABASE_URL=%s with one sentence', (url, message) => {
    const result = parseConfig({ DATABASE_URL: url });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message.split('\n')).toHaveLength(1);
    expect(result.message).toMatch(/\.$/);
  });

  it('never prints the password of a bad URL', () => {
    const result = parseConfig({ DATABASE_URL: 'mysql://root:hunter2@localhost/quiz' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('refuses a bad port, a bad auth URL and a short secret', () => {
    expect(parseConfig({ PORT: 'abc' })).toMatchObject({ ok: false, message: expect.stringMatching(/PORT must be/) });
    expect(parseConfig({ BETTER_AUTH_URL: 'nope' })).toMatchObject({ ok: false, message: expect.stringMatching(/BETTER_AUTH_URL/) });
    expect(parseConfig({ BETTER_AUTH_SECRET: 'short' })).toMatchObject({ ok: false, message: expect.stringMatching(/at least 32/) });
  });

  it('turns demo data off with NEWSQUIZ_DEMO=0', () => {
    const result = parseConfig({ NEWSQUIZ_DEMO: '0' });
    expect(result.ok && result.config.demoData).toBe(false);
  });
});
