// A student driving the JSON attempt API over HTTP, as a script would: sign up (keeping the session
// cookie), start attempts, fetch the player view, answer, submit.
import type { GivenAnswer } from '@/questions/grading';
import type { AnswerResult, PlayerAttempt, PlayerQuestion } from '@/lib/attempts/player-types';

export type HttpResult<T> = { kind: 'ok'; status: number; body: T } | { kind: 'refused'; status: number; body: unknown } | { kind: 'no-response'; error: string };

export class Student {
  constructor(
    readonly email: string,
    private cookie: string,
    public baseUrl: string,
  ) {}

  /**
   * `ip` stands for the student's own machine: better-auth limits sign-ups per client address
   * (3 per 10 s), and the app takes that address from X-Forwarded-For, as set by its proxy.
   */
  static async signUp(baseUrl: string, email: string, name: string, ip: string): Promise<Student> {
    const res = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, name, password: 'reliability-2024', role: 'student' }),
    });
    if (!res.ok) throw new Error(`sign-up of ${email} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    if (!cookie.includes('session_token')) throw new Error(`sign-up of ${email} set no session cookie`);
    return new Student(email, cookie, baseUrl);
  }

  /** The same session against another server (two instances share the database and its secret). */
  on(baseUrl: string): Student {
    return new Student(this.email, this.cookie, baseUrl);
  }

  async request<T>(method: 'GET' | 'POST', route: string, body?: unknown, timeoutMs = 30_000): Promise<HttpResult<T>> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${route}`, {
        method,
        headers: { cookie: this.cookie, origin: this.baseUrl, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return { kind: 'no-response', error: (error as Error).cause ? String(((error as Error).cause as Error).message ?? (error as Error).cause) : (error as Error).message };
    }
    let parsed: unknown;
    try {
      parsed = await res.json();
    } catch (error) {
      // Headers arrived, the body did not (the server died mid-response): not acknowledged.
      return { kind: 'no-response', error: `body lost: ${(error as Error).message}` };
    }
    return res.status >= 200 && res.status < 300 ? { kind: 'ok', status: res.status, body: parsed as T } : { kind: 'refused', status: res.status, body: parsed };
  }

  startAttempt(setSlug: string, mode: 'practice' | 'test') {
    return this.request<{ id: string }>('POST', '/api/attempts', { setSlug, mode });
  }
  getAttempt(id: string) {
    return this.request<PlayerAttempt>('GET', `/api/attempts/${id}`);
  }
  answer(attemptId: string, questionId: string, answer: GivenAnswer) {
    return this.request<AnswerResult>('POST', `/api/attempts/${attemptId}/answers`, { questionId, answer });
  }
  /** Opens the review page (HTML), as a student does after a crash; it repairs the deck. */
  async openDeck(): Promise<number> {
    const res = await fetch(`${this.baseUrl}/review`, { headers: { cookie: this.cookie }, signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    return res.status;
  }
  submit(attemptId: string, timeoutMs?: number) {
    return this.request<{ score: number; maxScore: number }>('POST', `/api/attempts/${attemptId}/submit`, {}, timeoutMs);
  }
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** A well-formed answer to a question (right or wrong at random), as the player would send. */
export function someAnswer(q: PlayerQuestion): GivenAnswer {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return { kind: 'choice', optionId: pick(q.choices!).id };
    case 'true_false':
      return { kind: 'boolean', value: Math.random() < 0.5 };
    case 'cloze':
      return { kind: 'text', text: pick(['Moscow', 'Kim', 'the United Nations', 'seven', 'Reuters', 'sanctions']) };
    case 'numeric':
      return { kind: 'number', value: Math.floor(Math.random() * 1000) };
    case 'matching':
      return { kind: 'pairs', pairs: Object.fromEntries(q.left!.map((l) => [l.id, pick(q.right!).id])) };
    case 'ordering':
      return { kind: 'order', order: [...q.items!].sort(() => Math.random() - 0.5).map((i) => i.id) };
  }
}

/** Stable comparison of stored and acknowledged answers (jsonb does not keep key order). */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}
