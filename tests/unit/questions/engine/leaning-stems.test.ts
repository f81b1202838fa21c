// Stems that lean on the sentence before, named by rounds 28, 30 and 31: "In it, …",
// "Previously, …", "In response to the protests, …", a "nevertheless" left mid-sentence, and
// "other cities" once the "also" that tied them to the sentence before is cut.
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '@/questions/engine/draft/dangling';
import { draftContext } from '../../../support/engine-drafts';

const TEXT = [
  'Thursday, October 18, 2007',
  'The Turkish parliament passed a motion on Wednesday. In it, the parliament allowed troops to enter Iraq. Previously, the army had shelled border villages.',
  'Protests were held in New York. Activists in other cities also protested against the ban. The Turkish parliament, nevertheless, voted 507 to 19 in favour.',
].join('\n\n');

describe('stems that lean on the sentence before', () => {
  const ctx = draftContext(TEXT, '2007-10-18');
  const at = (start: string) => ctx.sentences.findIndex((s) => s.text.startsWith(start));

  it('drops what points back, and mends what can stand alone', () => {
    expect(resolveReferences(ctx, ctx.sentences[at('In it')]!.text, at('In it'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[at('Previously')]!.text, at('Previously'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[at('Activists')]!.text, at('Activists'))).toBeNull();
    expect(resolveReferences(ctx, ctx.sentences[at('The Turkish parliament, nevertheless')]!.text, at('The Turkish parliament, nevertheless'))).toBe('The Turkish parliament voted 507 to 19 in favour.');
  });
});
