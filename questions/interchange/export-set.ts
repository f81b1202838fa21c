// The one entry point the export screen calls: a set in any of our formats, as a file to download,
// with the notes on what each format could not hold.
import type { ContentQuestion } from '../question-schema';
import { exportAiken } from './aiken-export';
import { exportCsv } from './csv-export';
import type { ExportNote } from './export-notes';
import { exportGift } from './gift-export';
import { exportMoodleXml } from './moodle-xml-export';
import { exportQti } from './qti-export';
import { toInterchange } from './to-interchange';

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti', 'aiken', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportedFile = { filename: string; mimeType: string; body: string | Uint8Array; notes: ExportNote[] };

export function exportSet(set: { title: string; questions: readonly ContentQuestion[] }, format: ExportFormat): ExportedFile {
  const base = fileBase(set.title);
  const questions = set.questions.map(toInterchange);
  switch (format) {
    case 'gift': {
      const out = exportGift(questions, { category: set.title });
      return { filename: `${base}.gift.txt`, mimeType: 'text/plain; charset=utf-8', body: out.text, notes: out.notes };
    }
    case 'moodle-xml': {
      const out = exportMoodleXml(questions, { category: set.title });
      return { filename: `${base}.moodle.xml`, mimeType: 'application/xml; charset=utf-8', body: out.text, notes: out.notes };
    }
    case 'qti': {
      const out = exportQti(questions, { title: set.title });
      return { filename: `${base}.qti21.zip`, mimeType: 'application/zip', body: out.bytes, notes: out.notes };
    }
    case 'aiken': {
      const out = exportAiken(questions);
      return { filename: `${base}.aiken.txt`, mimeType: 'text/plain; charset=utf-8', body: out.text, notes: out.notes };
    }
    case 'csv':
      return { filename: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', body: exportCsv(set.questions), notes: [] };
  }
}

/** A file name that every system accepts: ASCII letters, digits and hyphens. */
export function fileBase(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'question-set';
}
