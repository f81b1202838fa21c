// One QTI 2.1 assessmentItem per question. Scoring is written out as response processing (not the
// standard templates) so that every item also shows its per-answer feedback and, after answering,
// the general feedback (explanation and evidence). SCORE runs from 0 to 1 like our grades:
// weights become fractions, matching and ordering give credit per pair or position.
import { fullPrompt, type InterchangeQuestion, type NumericAnswer } from './interchange-question';
import { plainNumber, tidyNumber } from './numbers';
import { escapeXml } from './xml';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;

type Parts = { declarations: string[]; body: string[]; processing: string[]; feedback: { id: string; text: string }[]; feedbackCardinality: 'single' | 'multiple' };

export function qtiItem(q: InterchangeQuestion, identifier: string): string {
  const p = parts(q);
  const general = q.generalFeedback ? [`<modalFeedback outcomeIdentifier="SOLUTION" identifier="SHOWN" showHide="show">${paragraphs(q.generalFeedback)}</modalFeedback>`] : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA}" identifier="${identifier}" title="${escapeXml(q.title || identifier)}" adaptive="false" timeDependent="false">`,
    ...p.declarations,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>1</value></defaultValue></outcomeDeclaration>',
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="${p.feedbackCardinality}" baseType="identifier"/>`,
    '<outcomeDeclaration identifier="SOLUTION" cardinality="single" baseType="identifier"/>',
    `<itemBody>${p.body.join('')}</itemBody>`,
    `<responseProcessing>${set('SCORE', float(0))}${p.processing.join('')}${set('SOLUTION', '<baseValue baseType="identifier">SHOWN</baseValue>')}</responseProcessing>`,
    ...p.feedback.map((f) => `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${f.id}" showHide="show">${paragraphs(f.text)}</modalFeedback>`),
    ...general,
    '</assessmentItem>',
    '',
  ].join('\n');
}

const float = (n: number) => `<baseValue baseType="float">${plainNumber(n)}</baseValue>`;
const set = (id: string, expr: string) => `<setOutcomeValue identifier="${id}">${expr}</setOutcomeValue>`;
const RESPONSE = '<variable identifier="RESPONSE"/>';
// Scores are built from conditions rather than <mapping>: mapEntry's attributes changed between
// QTI 2.1 drafts and the final schema, conditions read the same in every 2.1 processor.
/** Adds `amount` to SCORE when `test` holds. */
const addIf = (test: string, amount: number) =>
  `<responseCondition><responseIf>${test}${set('SCORE', `<sum><variable identifier="SCORE"/>${float(tidyNumber(amount))}</sum>`)}</responseIf></responseCondition>`;
/** Keeps SCORE within 0..1 after negative or summed weights. */
const CLAMP =
  `<responseCondition><responseIf><lt><variable identifier="SCORE"/>${float(0)}</lt>${set('SCORE', float(0))}</responseIf>` +
  `<responseElseIf><gt><variable identifier="SCORE"/>${float(1)}</gt>${set('SCORE', float(1))}</responseElseIf></responseCondition>`;

function inline(text: string): string {
  return escapeXml(text).replace(/\r?\n/g, '<br/>');
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${inline(p.trim())}</p>`)
    .join('');
}

function parts(q: InterchangeQuestion): Parts {
  switch (q.type) {
    case 'choice':
      return choice(fullPrompt(q), q.answers, q.multipleAnswers);
    case 'true_false':
      return choice(fullPrompt(q), [
        { text: 'True', weight: q.value ? 100 : 0, feedback: q.value ? q.feedbackWhenRight : q.feedbackWhenWrong },
        { text: 'False', weight: q.value ? 0 : 100, feedback: q.value ? q.feedbackWhenWrong : q.feedbackWhenRight },
      ], false);
    case 'short_answer': {
      const seen = new Set<string>();
      const entries = q.answers.filter((a) => !seen.has(a.text.toLowerCase()) && seen.add(a.text.toLowerCase()));
      const best = [...entries].sort((a, b) => b.weight - a.weight)[0];
      // The first answer typed alike (ignoring case) gives its weight, as in Moodle.
      const branches = entries.map(
        (a, i) =>
          `<${i ? 'responseElseIf' : 'responseIf'}><stringMatch caseSensitive="false">${RESPONSE}<baseValue baseType="string">${escapeXml(a.text)}</baseValue></stringMatch>${set('SCORE', float(Math.max(0, a.weight) / 100))}${a.feedback ? set('FEEDBACK', `<baseValue baseType="identifier">A${i + 1}</baseValue>`) : ''}</${i ? 'responseElseIf' : 'responseIf'}>`,
      );
      return {
        declarations: [
          `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">${best ? `<correctResponse><value>${escapeXml(best.text)}</value></correctResponse>` : ''}</responseDeclaration>`,
        ],
        body: withGap(q, `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(10, ...entries.map((a) => a.text.length))}"/>`),
        processing: entries.length ? [`<responseCondition>${branches.join('')}</responseCondition>`] : [],
        feedback: entries.flatMap((a, i) => (a.feedback ? [{ id: `A${i + 1}`, text: a.feedback }] : [])),
        feedbackCardinality: 'single',
      };
    }
    case 'numeric':
      return numeric(q);
    case 'matching':
      return matching(fullPrompt(q), q.pairs);
    case 'ordering': {
      const ids = q.items.map((_, i) => `I${i + 1}`);
      // Credit per item in its place: index(RESPONSE, k) is the item the student put k-th.
      const perPosition = ids.map((id, k) => addIf(`<match><index n="${k + 1}">${RESPONSE}</index><baseValue baseType="identifier">${id}</baseValue></match>`, 1 / ids.length));
      return {
        declarations: [`<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${ids.map((id) => `<value>${id}</value>`).join('')}</correctResponse></responseDeclaration>`],
        body: [`<orderInteraction responseIdentifier="RESPONSE" shuffle="true"><prompt>${inline(fullPrompt(q))}</prompt>${q.items.map((t, i) => `<simpleChoice identifier="${ids[i]}">${inline(t)}</simpleChoice>`).join('')}</orderInteraction>`],
        processing: perPosition,
        feedback: [],
        feedbackCardinality: 'single',
      };
    }
    case 'essay':
      return {
        declarations: ['<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>'],
        body: [`<extendedTextInteraction responseIdentifier="RESPONSE"><prompt>${inline(fullPrompt(q))}</prompt></extendedTextInteraction>`],
        processing: [],
        feedback: [],
        feedbackCardinality: 'single',
      };
    case 'description':
      return { declarations: [], body: [paragraphs(fullPrompt(q) || ' ')], processing: [], feedback: [], feedbackCardinality: 'single' };
  }
}

/** The text with the interaction in the gap of a missing-word question, or after the text. */
function withGap(q: InterchangeQuestion, interaction: string): string[] {
  if (q.promptAfter !== undefined) return [`<p>${inline(q.prompt)}${interaction}${inline(q.promptAfter)}</p>`];
  return [paragraphs(q.prompt), `<p>${interaction}</p>`];
}

function choice(prompt: string, answers: { text: string; weight: number; feedback?: string | undefined }[], multiple: boolean): Parts {
  const ids = answers.map((_, i) => `C${i + 1}`);
  const correct = answers.flatMap((a, i) => (multiple ? a.weight > 0 : a.weight === 100) ? [ids[i]] : []);
  const chosen = (id: string) => (multiple ? `<member><baseValue baseType="identifier">${id}</baseValue>${RESPONSE}</member>` : `<match>${RESPONSE}<baseValue baseType="identifier">${id}</baseValue></match>`);
  const cardinality = multiple ? 'multiple' : 'single';
  const feedback = answers.flatMap((a, i) => (a.feedback ? [{ id: ids[i]!, text: a.feedback }] : []));
  return {
    declarations: [
      `<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier"><correctResponse>${correct.map((id) => `<value>${id}</value>`).join('')}</correctResponse></responseDeclaration>`,
    ],
    body: [
      `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${multiple ? 0 : 1}"><prompt>${inline(prompt)}</prompt>${answers.map((a, i) => `<simpleChoice identifier="${ids[i]}">${inline(a.text)}</simpleChoice>`).join('')}</choiceInteraction>`,
    ],
    processing: [...answers.flatMap((a, i) => (a.weight ? [addIf(chosen(ids[i]!), a.weight / 100)] : [])), CLAMP, ...(feedback.length ? [set('FEEDBACK', RESPONSE)] : [])],
    feedback,
    feedbackCardinality: cardinality,
  };
}

function numeric(q: Extract<InterchangeQuestion, { type: 'numeric' }>): Parts {
  const ids = q.answers.map((_, i) => `A${i + 1}`);
  const best = q.answers.find((a): a is Exclude<NumericAnswer, { kind: 'other' }> => a.kind !== 'other' && a.weight === 100);
  const correct = best ? (best.kind === 'range' ? tidyNumber((best.min + best.max) / 2) : best.value) : undefined;
  // First matching answer wins, as in Moodle; tolerance is absolute on both sides.
  const branches = q.answers.flatMap((a, i) => {
    if (a.kind === 'other') return [];
    const test =
      a.kind === 'range'
        ? `<and><gte>${RESPONSE}${float(a.min)}</gte><lte>${RESPONSE}${float(a.max)}</lte></and>`
        : a.tolerance
          ? `<equal toleranceMode="absolute" tolerance="${plainNumber(a.tolerance)} ${plainNumber(a.tolerance)}">${RESPONSE}${float(a.value)}</equal>`
          : `<equal toleranceMode="exact">${RESPONSE}${float(a.value)}</equal>`;
    return [`<responseElseIf>${test}${set('SCORE', float(a.weight / 100))}${a.feedback ? set('FEEDBACK', `<baseValue baseType="identifier">${ids[i]}</baseValue>`) : ''}</responseElseIf>`];
  });
  const other = q.answers.findIndex((a) => a.kind === 'other');
  const otherwise = other >= 0 && q.answers[other]!.feedback ? `<responseElse>${set('FEEDBACK', `<baseValue baseType="identifier">${ids[other]}</baseValue>`)}</responseElse>` : '';
  const unit = q.unit ? ` ${inline(q.unit)}` : '';
  return {
    declarations: [`<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">${correct === undefined ? '' : `<correctResponse><value>${plainNumber(correct)}</value></correctResponse>`}</responseDeclaration>`],
    body: withGap(q, `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${unit}`),
    processing: [`<responseCondition><responseIf><isNull>${RESPONSE}</isNull>${set('SCORE', float(0))}</responseIf>${branches.join('')}${otherwise}</responseCondition>`],
    feedback: q.answers.flatMap((a, i) => (a.feedback ? [{ id: ids[i]!, text: a.feedback }] : [])),
    feedbackCardinality: 'single',
  };
}

function matching(prompt: string, pairs: { left: string; right: string }[]): Parts {
  const lefts = pairs.filter((p) => p.left);
  const rights = [...new Set(pairs.map((p) => p.right))];
  const rightId = (r: string) => `R${rights.indexOf(r) + 1}`;
  const keys = lefts.map((p, i) => `L${i + 1} ${rightId(p.right)}`);
  const share = tidyNumber(1 / Math.max(1, lefts.length));
  const uses = (r: string) => lefts.filter((p) => p.right === r).length;
  return {
    declarations: [
      `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${keys.map((k) => `<value>${k}</value>`).join('')}</correctResponse></responseDeclaration>`,
    ],
    body: [
      `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${lefts.length}"><prompt>${inline(prompt)}</prompt>` +
        `<simpleMatchSet>${lefts.map((p, i) => `<simpleAssociableChoice identifier="L${i + 1}" matchMax="1">${inline(p.left)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
        `<simpleMatchSet>${rights.map((r) => `<simpleAssociableChoice identifier="${rightId(r)}" matchMax="${Math.max(1, uses(r))}">${inline(r)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
        '</matchInteraction>',
    ],
    processing: [...keys.map((k) => addIf(`<member><baseValue baseType="directedPair">${k}</baseValue>${RESPONSE}</member>`, share)), CLAMP],
    feedback: [],
    feedbackCardinality: 'single',
  };
}
