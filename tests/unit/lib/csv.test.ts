import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '@/lib/results/csv';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and starts with a BOM', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const csv = toCsv(['Name', 'Note'], [['Zoë', 'a, "b"\nc'], ['Ann', null]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1).trim()).data).toEqual([['Name', 'Note'], ['Zoë', 'a, "b"\nc'], ['Ann', '']]);
  });

  it('keeps spreadsheet formulas from running, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe('-5');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
