// Numbers as GIFT, Moodle and QTI read them: plain decimals. JavaScript prints 1e21 and 1e-7 in
// exponent form, which GIFT parsers reject, so those are written out in full.
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, whole = '', fraction = '', exp] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Sums and halves of decimals pick up binary noise (0.30000000000000004); 12 digits drop it. */
export function tidyNumber(n: number): number {
  return Number(n.toPrecision(12));
}
