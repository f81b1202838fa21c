// The entry point the export screen calls, and the spreadsheet export.
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/questions/interchange/csv-export';
import { EXPORT_FORMATS, exportSet, fileBase } from '@/questions/interchange/export-set';
import { SAMPLE_QUESTIONS } from './sample-questions';

const set = { title: 'Putin’s visit: Café / “claims”', questions: SAMPLE_QUESTIONS };

describe('exportSet', () => {
  it.each(EXPORT_FORMATS)('%s gives a named file of the right kind', (format) => {
    const file = exportSet(set, format);
    expect(file.filename).toMatch(/^putin-s-visit-cafe-claims\.[a-z0-9.]+$/);
    if (format === 'qti') {
      expect(file.body).toBeInstanceOf(Uint8Array);
      expect(Object.keys(unzipSync(file.body as Uint8Array))).toContain('imsmanifest.xml');
    } else {
      expect(typeof file.body).toBe('string');
    }
  });

  it('reports what each format converted or skipped, naming the question', () => {
    const skipped = (format: (typeof EXPORT_FORMATS)[number]) => exportSet(set, format).notes.filter((n) => n.action === 'skipped').map((n) => n.questionId);
    expect(skipped('gift')).toEqual([]);
    expect(skipped('moodle-xml')).toEqual([]);
    expect(skipped('qti')).toEqual([]);
    expect(skipped('aiken')).toEqual(['cloze-mid', 'cloze-end', 'num', 'num-tol', 'match', 'order']);
    expect(exportSet(set, 'gift').notes.map((n) => n.questionId)).toEqual(['who', 'order']);
  });

  it('falls back to a generic file name', () => {
    expect(fileBase('???')).toBe('question-set');
  });
});

describe('CSV export', () => {
  it('writes one readable row per question, with a BOM', () => {
    const csv = exportSet(set, 'csv').body as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(SAMPLE_QUESTIONS.length + 1);
    expect(rows[1]).toEqual([
      '1',
      'Multiple choice',
      'When did Putin last visit Pyongyang before this trip?',
      'September 2000\nJuly 2000\nJuly 2010',
      'July 2000',
      'The article says so.',
      'Putin’s previous visit to Pyongyang was in July 2000.',
    ]);
    const byType = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(byType['5']?.[4]).toBe('partnership / partnership agreement');
    // A cell starting with "-" that is not a plain number is kept from running as a formula.
    expect(byType['8']?.[4]).toBe("'-11.5 ± 0.25");
    expect(byType['9']?.[4]).toBe('Dmitry Peskov → Kremlin spokesman\nYuri Ushakov → Foreign policy adviser');
    expect(byType['10']?.[4]).toBe('1. Putin visits Pyongyang (2000)\n2. Kim visits the Far East\n3. Putin visits Vietnam');
  });
});

it('the QTI package holds one item per question', () => {
  const files = unzipSync(exportSet(set, 'qti').body as Uint8Array);
  expect(Object.keys(files).filter((f) => f.startsWith('items/'))).toHaveLength(SAMPLE_QUESTIONS.length);
  expect(strFromU8(files['assessment.xml']!)).toContain('assessmentItemRef identifier="item-010"');
});
