import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ActionError, runGuarded, type Caller } from '@/lib/actions/run-guarded';

const schema = z.object({ name: z.string().min(2, 'Too short.'), count: z.coerce.number().int().min(1) });
const teacher: Caller = { id: 't1', role: 'teacher' };
const student: Caller = { id: 's1', role: 'student' };

function run(caller: Caller | null, input: unknown, requirement: 'anyone' | 'signed-in' | 'student' | 'teacher' = 'teacher') {
  const handler = vi.fn(async (parsed: z.output<typeof schema>, who: Caller | null) => ({ ok: true as const, data: { parsed, who } }));
  return { handler, result: runGuarded({ requirement, schema, input, getCaller: async () => caller, handler }) };
}

describe('runGuarded (the wrapper every server action uses)', () => {
  it('refuses a caller without a session before parsing or running anything', async () => {
    const { handler, result } = run(null, { name: 'ok', count: 1 });
    expect(await result).toEqual({ ok: false, status: 401, message: 'Please sign in to do that.' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses the wrong role', async () => {
    const { handler, result } = run(student, { name: 'ok', count: 1 });
    expect(await result).toEqual({ ok: false, status: 403, message: 'Only teachers can do that.' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns field errors for bad input and does not run the handler', async () => {
    const { handler, result } = run(teacher, { name: 'x', count: 'none' });
    const r = await result;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(400);
    expect(r.fieldErrors?.name).toEqual(['Too short.']);
    expect(r.fieldErrors?.count?.[0]).toBeTruthy();
    expect(handler).not.toHaveBeenCalled();
  });

  it('parses FormData and passes the parsed input and the caller to the handler', async () => {
    const form = new FormData();
    form.set('name', 'Class 9B');
    form.set('count', '3');
    form.set('$ACTION_ID_abc', '');
    const { handler, result } = run(teacher, form);
    expect(await result).toEqual({ ok: true, data: { parsed: { name: 'Class 9B', count: 3 }, who: teacher } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('turns "name[id]" form fields into a record', async () => {
    const { formDataToObject } = await import('@/lib/actions/run-guarded');
    const form = new FormData();
    form.set('extra[stu-1]', '10');
    form.set('extra[stu-2]', '');
    form.set('name', 'x');
    expect(formDataToObject(form)).toEqual({ extra: { 'stu-1': '10', 'stu-2': '' }, name: 'x' });
  });

  it('lets anyone through an "anyone" action, with or without a session', async () => {
    expect((await run(null, { name: 'ok', count: 1 }, 'anyone').result).ok).toBe(true);
    expect((await run(student, { name: 'ok', count: 1 }, 'signed-in').result).ok).toBe(true);
  });

  it('turns an ActionError into a refusal and hides unexpected errors', async () => {
    const refused = await runGuarded({
      requirement: 'teacher',
      schema,
      input: { name: 'ok', count: 1 },
      getCaller: async () => teacher,
      handler: async () => {
        throw new ActionError('Class not found.', 404);
      },
    });
    expect(refused).toEqual({ ok: false, status: 404, message: 'Class not found.', fieldErrors: undefined });

    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashed = await runGuarded({
      requirement: 'teacher',
      schema,
      input: { name: 'ok', count: 1 },
      getCaller: async () => teacher,
      handler: async () => {
        throw new Error('connection reset: secret internals');
      },
    });
    spy.mockRestore();
    expect(crashed.ok).toBe(false);
    expect(JSON.stringify(crashed)).not.toContain('secret internals');
  });

  it('rethrows framework control flow (redirects) through the rethrow hook', async () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;/' });
    await expect(
      runGuarded({
        requirement: 'anyone',
        schema,
        input: { name: 'ok', count: 1 },
        getCaller: async () => null,
        handler: async () => {
          throw redirect;
        },
        rethrow: (e) => {
          if (e === redirect) throw e;
        },
      }),
    ).rejects.toBe(redirect);
  });
});
