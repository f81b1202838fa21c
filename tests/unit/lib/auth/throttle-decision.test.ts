import { describe, expect, it } from 'vitest';
import { decideThrottle, strictest, throttleKeys, WINDOW_MS } from '@/lib/auth/throttle-decision';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('sign-in throttle rule', () => {
  it('allows the sixth attempt only when fewer than five failures are in the last 15 minutes', () => {
    expect(decideThrottle([ago(1), ago(2), ago(3), ago(4)], now)).toEqual({ allowed: true });
    expect(decideThrottle([ago(1), ago(2), ago(3), ago(4), ago(16)], now)).toEqual({ allowed: true });
    expect(decideThrottle([ago(1), ago(2), ago(3), ago(4), ago(5)], now).allowed).toBe(false);
  });

  it('says when to retry: when the oldest failure that still counts leaves the window', () => {
    const decision = decideThrottle([ago(1), ago(2), ago(3), ago(4), ago(10)], now);
    expect(decision).toEqual({ allowed: false, retryAfterSec: 5 * 60 });
    const many = decideThrottle([ago(1), ago(2), ago(3), ago(4), ago(6), ago(14)], now);
    expect(many).toEqual({ allowed: false, retryAfterSec: 9 * 60 });
  });

  it('keys accounts case-insensitively and IPs as given', () => {
    expect(throttleKeys(' Ana@Example.org ', '10.0.0.1')).toEqual(['account:ana@example.org', 'ip:10.0.0.1']);
    expect(throttleKeys(undefined, undefined)).toEqual([]);
  });

  it('takes the strictest of the account and IP decisions', () => {
    expect(strictest([{ allowed: true }, { allowed: false, retryAfterSec: 30 }, { allowed: false, retryAfterSec: 90 }])).toEqual({ allowed: false, retryAfterSec: 90 });
    expect(WINDOW_MS).toBe(900_000);
  });
});
