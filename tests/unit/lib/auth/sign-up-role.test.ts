import { describe, expect, it } from 'vitest';
import { safeNextPath, signUpSchema } from '@/lib/auth/auth-forms';

const valid = { name: 'Ana', email: 'ana@example.org', password: 'correct horse', role: 'student' };

describe('sign-up input', () => {
  it.each(['student', 'teacher'])('accepts the role %s', (role) => {
    expect(signUpSchema.safeParse({ ...valid, role }).success).toBe(true);
  });

  it.each(['admin', 'library', 'Teacher', '', undefined, 1])('refuses the role %s', (role) => {
    const result = signUpSchema.safeParse({ ...valid, role });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['role']);
  });

  it('refuses a short password and a bad email with messages', () => {
    const result = signUpSchema.safeParse({ ...valid, password: 'short', email: 'nope' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain('Use at least 8 characters.');
    expect(messages).toContain('Enter a valid email address.');
  });

  it('only keeps same-site return paths', () => {
    expect(safeNextPath.parse('/teach')).toBe('/teach');
    expect(safeNextPath.parse('//evil.example')).toBeUndefined();
    expect(safeNextPath.parse('https://evil.example')).toBeUndefined();
    expect(safeNextPath.parse('/\\evil.example')).toBeUndefined();
  });
});
