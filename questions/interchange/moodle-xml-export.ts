// Moodle XML writer: the richest format Moodle imports. Every text goes in CDATA so the file stays
// readable; explanation and evidence are the general feedback. Our cloze is a short-answer
// question whose text shows the gap (Moodle's own missing-word form), our ordering is Moodle's
// Ordering question (core since Moodle 4.4), who-said-it is multiple choice.
import { noteId, type ExportNote, type TextExport } from './export-notes';
import { fullPrompt, type InterchangeQuestion, type TextFormat } from './interchange-question';
import { plainNumber, tidyNumber } from './numbers';
import { cdata, escapeXml } from './xml';

export type MoodleXmlOptions = { category?: string };

const FORMAT: Record<TextFormat, string> = { moodle: 'moodle_auto_format', html: 'html', markdown: 'markdown', plain: 'plain_text' };

export function exportMoodleXml(questions: readonly InterchangeQuestion[], options: MoodleXmlOptions = {}): TextExport {
  const notes: ExportNote[] = [];
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  if (options.category) {
    // "$course$/top/…" puts the category under the course's default one; "/" separates levels.
    parts.push(`  <question type="category">\n    <category><text>${escapeXml(`$course$/top/${options.category.replace(/\//g, '//')}`)}</text></category>\n  </question>`);
  }
  questions.forEach((q, i) => {
    if (q.sourceType === 'who_said_it') notes.push({ questionId: noteId(q, i), action: 'converted', reason: 'Moodle has no who-said-it type: written as multiple choice' });
    parts.push(writeQuestion(q, i));
  });
  parts.push('</quiz>');
  return { text: parts.join('\n') + '\n', notes };
}

const text = (tag: string, value: string, format?: TextFormat) => `<${tag}${format ? ` format="${FORMAT[format]}"` : ''}><text>${value ? cdata(value) : ''}</text></${tag}>`;

function writeQuestion(q: InterchangeQuestion, index: number): string {
  const head = [
    `<name><text>${escapeXml(q.title || `Question ${index + 1}`)}</text></name>`,
    text('questiontext', fullPrompt(q), q.format),
    text('generalfeedback', q.generalFeedback ?? '', q.format),
    '<defaultgrade>1</defaultgrade>',
    '<penalty>0.3333333</penalty>',
    '<hidden>0</hidden>',
  ];
  const combined = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((tag) => text(tag, '', q.format));
  const answer = (fraction: number, value: string, feedback: string | undefined, extra = '') =>
    `<answer fraction="${plainNumber(fraction)}" format="${FORMAT[q.format]}">${`<text>${value ? cdata(value) : ''}</text>`}${text('feedback', feedback ?? '', q.format)}${extra}</answer>`;
  const body = ((): { type: string; lines: string[] } => {
    switch (q.type) {
      case 'choice':
        return {
          type: 'multichoice',
          lines: [
            `<single>${q.multipleAnswers ? 'false' : 'true'}</single>`,
            '<shuffleanswers>true</shuffleanswers>',
            '<answernumbering>abc</answernumbering>',
            ...combined,
            ...q.answers.map((a) => answer(a.weight, a.text, a.feedback)),
          ],
        };
      case 'true_false':
        // Each answer's feedback is what a student who chose it sees.
        return {
          type: 'truefalse',
          lines: [answer(q.value ? 100 : 0, 'true', q.value ? q.feedbackWhenRight : q.feedbackWhenWrong), answer(q.value ? 0 : 100, 'false', q.value ? q.feedbackWhenWrong : q.feedbackWhenRight)],
        };
      case 'short_answer':
        return { type: 'shortanswer', lines: ['<usecase>0</usecase>', ...q.answers.map((a) => answer(a.weight, a.text, a.feedback))] };
      case 'numeric':
        return {
          type: 'numerical',
          lines: [
            ...q.answers.map((a) => {
              if (a.kind === 'other') return answer(a.weight, '*', a.feedback, '<tolerance>0</tolerance>');
              const [value, tolerance] = a.kind === 'range' ? [tidyNumber((a.min + a.max) / 2), tidyNumber((a.max - a.min) / 2)] : [a.value, a.tolerance];
              return answer(a.weight, plainNumber(value), a.feedback, `<tolerance>${plainNumber(tolerance)}</tolerance>`);
            }),
            // Unit optional: "24" and "24 years" are both right; the unit is shown after the box.
            ...(q.unit ? [`<units><unit><multiplier>1</multiplier><unit_name>${escapeXml(q.unit)}</unit_name></unit></units>`, '<unitgradingtype>0</unitgradingtype>', '<unitpenalty>0</unitpenalty>', '<showunits>0</showunits>', '<unitsleft>0</unitsleft>'] : []),
          ],
        };
      case 'matching':
        return {
          type: 'matching',
          lines: ['<shuffleanswers>true</shuffleanswers>', ...combined, ...q.pairs.map((p) => `<subquestion format="${FORMAT[q.format]}"><text>${p.left ? cdata(p.left) : ''}</text><answer><text>${cdata(p.right)}</text></answer></subquestion>`)],
        };
      case 'ordering':
        // Ordering answers carry their position as the fraction; absolute-position grading gives
        // credit per item in its place, as newsquiz does.
        return {
          type: 'ordering',
          lines: [
            '<layouttype>VERTICAL</layouttype>',
            '<selecttype>ALL</selecttype>',
            '<selectcount>0</selectcount>',
            '<gradingtype>ABSOLUTE_POSITION</gradingtype>',
            '<showgrading>SHOW</showgrading>',
            '<numberingstyle>none</numberingstyle>',
            ...combined,
            ...q.items.map((item, k) => `<answer fraction="${k + 1}" format="${FORMAT[q.format]}"><text>${cdata(item)}</text></answer>`),
          ],
        };
      case 'essay':
        return { type: 'essay', lines: ['<responseformat>editor</responseformat>', '<responserequired>1</responserequired>', '<responsefieldlines>10</responsefieldlines>'] };
      case 'description':
        return { type: 'description', lines: [] };
    }
  })();
  return [`  <question type="${body.type}">`, ...[...head, ...body.lines].map((l) => `    ${l}`), '  </question>'].join('\n');
}
