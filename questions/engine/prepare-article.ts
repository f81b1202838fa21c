// Turns what a teacher pastes or uploads into clean article text: HTML stripped to its text, a
// SOURCE/LICENSE/DATE/TITLE header read off, white space tidied. Refuses, with a reason, what is
// not an English news article the engine can work with.
export const MAX_WORDS = 50_000;

export type ArticleMeta = { title: string | null; sourceUrl: string | null; licence: string | null; publishedOn: string | null };

export type PreparedArticle = { ok: true; text: string; meta: ArticleMeta; words: number } | { ok: false; reason: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' };

export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|blockquote|section|article|tr|header|footer|figcaption)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'from', 'his', 'her', 'has', 'have', 'he', 'she', 'are', 'be', 'this', 'an', 'were', 'their', 'which', 'said', 'will', 'not', 'or', 'but', 'they']);

export function prepareArticle(raw: string, given: Partial<ArticleMeta> = {}): PreparedArticle {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: 'The article is empty: paste or upload its text.' };
  let text = raw.replace(/\r\n?/g, '\n');
  if (/<\/?(?:p|div|html|body|br|span|article|h[1-6])\b[^>]*>/i.test(text)) text = stripHtml(text);

  const meta: ArticleMeta = { title: given.title ?? null, sourceUrl: given.sourceUrl ?? null, licence: given.licence ?? null, publishedOn: given.publishedOn ?? null };
  // A header block such as the development articles carry ("SOURCE: …", "DATE: …").
  const lines = text.split('\n');
  while (lines.length && /^\s*$/.test(lines[0]!)) lines.shift();
  while (lines.length) {
    const m = /^(SOURCE|LICEN[CS]E|DATE|TITLE):\s*(.*)$/i.exec(lines[0]!.trim());
    if (!m) break;
    const value = m[2]!.trim();
    const field = m[1]!.toUpperCase();
    if (field === 'SOURCE' && !meta.sourceUrl) meta.sourceUrl = /^https?:\/\/\S+$/.test(value) ? value : null;
    if (field.startsWith('LICEN') && !meta.licence) meta.licence = value || null;
    if (field === 'DATE' && !meta.publishedOn) meta.publishedOn = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    if (field === 'TITLE' && !meta.title) meta.title = value && !/^unknown\b/i.test(value) ? value : null;
    lines.shift();
  }
  text = lines
    // "[[w:Brazil|Brazil]] — Tuesday …": a wiki link pasted with its markup is its shown text (round 131).
    // So is a footnote marker ("… the relief effort[1].", round 138).
    .map((l) => l.replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, '$1').replace(/(?<=[\p{L}\d.,;:!?”’"')])\[(?:\d{1,3}|citation needed)\]/gu, '').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return { ok: false, reason: 'The article has no words in it: paste the article’s text.' };
  if (words.length > MAX_WORDS) return { ok: false, reason: `The article is too long (${words.length.toLocaleString('en')} words); the limit is ${MAX_WORDS.toLocaleString('en')} words.` };
  if (!/[.!?]/.test(text) || words.length < 12) return { ok: false, reason: 'The text has no complete sentences: paste the article itself, not a headline or a list.' };
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const functionShare = lower.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / lower.length;
  if (functionShare < 0.08) return { ok: false, reason: 'The text does not look like English; newsquiz drafts questions from English articles only.' };
  return { ok: true, text, meta, words: words.length };
}
