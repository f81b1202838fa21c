// What a teacher uploads, turned into text the engine can read: .txt and .md as UTF-8 (markdown
// syntax reduced to its words), .html through the engine's tag stripper. Anything else, an empty
// file, a file over the limit or one that is not text gets a sentence saying so.
import { ActionError } from '@/lib/actions/run-guarded';
import { stripHtml } from '@/questions/engine/prepare-article';

export const MAX_UPLOAD_BYTES = 1_000_000;
const ARTICLE_KINDS = ['txt', 'md', 'markdown', 'html', 'htm'];

export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2');
}

/** `kinds` are the accepted extensions (articles by default; question files pass their own). */
export async function readUpload(file: File, kinds: string[] = ARTICLE_KINDS): Promise<string> {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const list = kinds.filter((k) => k !== 'markdown' && k !== 'htm').map((k) => `.${k}`).join(', ').replace(/, ([^,]*)$/, ' or $1');
  if (!kinds.includes(ext)) throw new ActionError(`Upload a ${list} file.`, 400, { file: [`Use a ${list} file.`] });
  if (file.size === 0) throw new ActionError('That file is empty.', 400, { file: ['The file is empty.'] });
  if (file.size > MAX_UPLOAD_BYTES) throw new ActionError(`That file is too large (${Math.ceil(file.size / 1000)} kB); the limit is 1 MB.`, 400, { file: ['The limit is 1 MB.'] });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ActionError('That file could not be read as text: save it as UTF-8 text, Markdown or HTML.', 400, { file: ['Not readable as UTF-8 text.'] });
  }
  if (text.includes('\u0000')) throw new ActionError('That file is not a text file.', 400, { file: ['Not a text file.'] });
  text = text.replace(/^\uFEFF/, '');
  if (ext === 'md' || ext === 'markdown') return markdownToText(text);
  if (ext === 'html' || ext === 'htm') return stripHtml(text);
  return text;
}
