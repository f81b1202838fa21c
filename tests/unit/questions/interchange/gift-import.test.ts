// GIFT snippets written after the Moodle documentation's examples, one or more per construct, each
// with what the reader must make of it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGift, parseGift } from '@/questions/interchange/gift-import';

type Case = { name: string; gift: string; expect: Record<string, unknown>[]; category?: string };
type Malformed = { name: string; gift: string; line: number; message: RegExp };

const mc = (...answers: [string, number, string?][]) => answers.map(([text, weight, feedback]) => (feedback ? { text, weight, feedback } : { text, weight }));

const CASES: Case[] = [
  { name: 'multiple choice', gift: "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}", expect: [{ type: 'choice', prompt: "Who's buried in Grant's tomb?", multipleAnswers: false, answers: mc(['Grant', 0], ['Jefferson', 0], ['no one', 100]) }] },
  { name: 'missing word (multiple choice)', gift: "Grant is {~buried =entombed ~living} in Grant's tomb.", expect: [{ type: 'choice', prompt: 'Grant is ', promptAfter: " in Grant's tomb.", answers: mc(['buried', 0], ['entombed', 100], ['living', 0]) }] },
  { name: 'true-false (F)', gift: "Grant is buried in Grant's tomb.{F}", expect: [{ type: 'true_false', value: false, prompt: "Grant is buried in Grant's tomb." }] },
  { name: 'true-false (T)', gift: 'The sun rises in the east.{T}', expect: [{ type: 'true_false', value: true }] },
  { name: 'true-false (TRUE, FALSE)', gift: 'Water is wet.{TRUE}\n\nFire is cold.{FALSE}', expect: [{ type: 'true_false', value: true }, { type: 'true_false', value: false }] },
  { name: 'true-false feedback, wrong then right', gift: "Grant is buried in Grant's tomb.{F#No one is buried there.#Right: it is a mausoleum.}", expect: [{ type: 'true_false', value: false, feedbackWhenWrong: 'No one is buried there.', feedbackWhenRight: 'Right: it is a mausoleum.' }] },
  { name: 'true-false with only right feedback', gift: 'The sky is blue.{T##Yes.}', expect: [{ type: 'true_false', value: true, feedbackWhenRight: 'Yes.' }] },
  { name: 'short answer', gift: "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}", expect: [{ type: 'short_answer', answers: mc(['Grant', 100], ['Ulysses S. Grant', 100], ['Ulysses Grant', 100]) }] },
  { name: 'short answer without "="', gift: 'The capital of France is {Paris}.', expect: [{ type: 'short_answer', prompt: 'The capital of France is ', promptAfter: '.', answers: mc(['Paris', 100]) }] },
  { name: 'missing word (short answer)', gift: 'Two plus two equals {=four =4}.', expect: [{ type: 'short_answer', prompt: 'Two plus two equals ', promptAfter: '.', answers: mc(['four', 100], ['4', 100]) }] },
  {
    name: 'short answer weights and feedback',
    gift: "::Jesus' hometown::Jesus Christ was from {\n=Nazareth#Yes! That's right!\n=%75%Nazereth#Right, but misspelled.\n=%25%Bethlehem#He was born here, but not raised here.\n}.",
    expect: [{ type: 'short_answer', title: "Jesus' hometown", answers: mc(['Nazareth', 100, "Yes! That's right!"], ['Nazereth', 75, 'Right, but misspelled.'], ['Bethlehem', 25, 'He was born here, but not raised here.']) }],
  },
  {
    name: 'matching',
    gift: 'Match the following countries with their corresponding capitals. {\n   =Canada -> Ottawa\n   =Italy  -> Rome\n   =Japan  -> Tokyo\n   =India  -> New Delhi\n   }',
    expect: [{ type: 'matching', pairs: [{ left: 'Canada', right: 'Ottawa' }, { left: 'Italy', right: 'Rome' }, { left: 'Japan', right: 'Tokyo' }, { left: 'India', right: 'New Delhi' }] }],
  },
  { name: 'matching with an extra right item', gift: 'Match. {=cat -> mammal =trout -> fish = -> bird}', expect: [{ type: 'matching', pairs: [{ left: 'cat', right: 'mammal' }, { left: 'trout', right: 'fish' }, { left: '', right: 'bird' }] }] },
  { name: 'numeric with tolerance', gift: 'When was Ulysses S. Grant born?{#1822:5}', expect: [{ type: 'numeric', answers: [{ kind: 'tolerance', value: 1822, tolerance: 5, weight: 100 }] }] },
  { name: 'numeric exact', gift: 'How many days in a week?{#7}', expect: [{ type: 'numeric', answers: [{ kind: 'tolerance', value: 7, tolerance: 0, weight: 100 }] }] },
  { name: 'numeric range (missing word)', gift: 'What is the value of pi (to 3 decimal places)? {#3.141..3.142}.', expect: [{ type: 'numeric', promptAfter: '.', answers: [{ kind: 'range', min: 3.141, max: 3.142, weight: 100 }] }] },
  {
    name: 'numeric, several weighted answers with feedback',
    gift: 'When was Ulysses S. Grant born? {#\n    =1822:0      # Correct! Full credit.\n    =%50%1822:2  # He was born in 1822. Half credit for being close.\n}',
    expect: [{ type: 'numeric', answers: [{ kind: 'tolerance', value: 1822, tolerance: 0, weight: 100, feedback: 'Correct! Full credit.' }, { kind: 'tolerance', value: 1822, tolerance: 2, weight: 50, feedback: 'He was born in 1822. Half credit for being close.' }] }],
  },
  { name: 'numeric, two answers on one line', gift: 'One plus one? {#=2:0 =%50%2:1}', expect: [{ type: 'numeric', answers: [{ value: 2, tolerance: 0, weight: 100 }, { value: 2, tolerance: 1, weight: 50 }] }] },
  { name: 'numeric, feedback for any other number', gift: 'Days in a week? {#=7 ~#Count them again.}', expect: [{ type: 'numeric', answers: [{ kind: 'tolerance', value: 7, weight: 100 }, { kind: 'other', weight: 0, feedback: 'Count them again.' }] }] },
  { name: 'numeric, negative, decimal and exponent', gift: 'A? {#-5.5:0.5}\n\nB? {#.25}\n\nC? {#1.5e3:10}', expect: [{ answers: [{ value: -5.5, tolerance: 0.5 }] }, { answers: [{ value: 0.25 }] }, { answers: [{ value: 1500, tolerance: 10 }] }] },
  { name: 'missing word (numeric)', gift: 'There are {#7} days in a week.', expect: [{ type: 'numeric', prompt: 'There are ', promptAfter: ' days in a week.' }] },
  { name: 'essay', gift: 'Write a short biography of Dag Hammarskjöld. {}', expect: [{ type: 'essay', prompt: 'Write a short biography of Dag Hammarskjöld.' }] },
  { name: 'description', gift: 'You can use your pencil and paper for these next math questions.', expect: [{ type: 'description', prompt: 'You can use your pencil and paper for these next math questions.' }] },
  {
    name: 'multiple choice, feedback on its own lines, comment and title',
    gift: "// question: 1 name: Grants tomb\n::Grants tomb::Who is buried in Grant's tomb in New York City? {\n=Grant\n~No one\n#Was true for 12 years\n~Napoleon\n#He was buried in France\n}",
    expect: [{ type: 'choice', title: 'Grants tomb', answers: mc(['Grant', 100], ['No one', 0, 'Was true for 12 years'], ['Napoleon', 0, 'He was buried in France']) }],
  },
  {
    name: 'multiple choice feedback',
    gift: "What's the answer to this multiple-choice question? {\n~wrong answer#feedback comment on the wrong answer\n~another wrong answer#feedback comment on this wrong answer\n=right answer#Very good!}",
    expect: [{ type: 'choice', answers: mc(['wrong answer', 0, 'feedback comment on the wrong answer'], ['another wrong answer', 0, 'feedback comment on this wrong answer'], ['right answer', 100, 'Very good!']) }],
  },
  {
    name: 'multiple answers (weights, no "=")',
    gift: "What two people are entombed in Grant's tomb? {\n   ~%-100%No one\n   ~%50%Grant\n   ~%50%Grant's wife\n   ~%-100%Grant's father\n}",
    expect: [{ type: 'choice', multipleAnswers: true, answers: mc(['No one', -100], ['Grant', 50], ["Grant's wife", 50], ["Grant's father", -100]) }],
  },
  { name: 'partial credit in single-answer multiple choice', gift: 'Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}', expect: [{ type: 'choice', multipleAnswers: false, answers: mc(['wrong answer', 0], ['half credit answer', 50], ['full credit answer', 100]) }] },
  { name: 'decimal weights', gift: 'Pick. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}', expect: [{ type: 'choice', multipleAnswers: true, answers: mc(['a', 33.33333], ['b', 33.33333], ['c', 33.33333], ['d', -100]) }] },
  { name: 'general feedback', gift: 'How many ounces in a pound? {=16####A pound is 16 ounces.}', expect: [{ type: 'short_answer', generalFeedback: 'A pound is 16 ounces.' }] },
  { name: 'general feedback on true-false and essay', gift: 'Is it? {T####Because.}\n\nExplain. {####A model answer.}', expect: [{ type: 'true_false', generalFeedback: 'Because.' }, { type: 'essay', generalFeedback: 'A model answer.' }] },
  { name: 'escaped "=" in answers', gift: 'Which answer equals 5? {\n   ~ \\= 2 + 2\n   = \\= 2 + 3\n   ~ \\= 2 + 4\n}', expect: [{ type: 'choice', answers: mc(['= 2 + 2', 0], ['= 2 + 3', 100], ['= 2 + 4', 0]) }] },
  {
    name: 'every control character escaped',
    gift: '::GIFT Control Characters::Which is NOT a control character? {\n   ~ \\~     # \\~ is a control character.\n   ~ \\=     # \\= is one.\n   ~ \\#     # \\# is one.\n   ~ \\{     # \\{ is one.\n   ~ \\}     # \\} is one.\n   = \\\\     # Correct! \\\\ is not.\n}',
    expect: [{ type: 'choice', answers: mc(['~', 0, '~ is a control character.'], ['=', 0, '= is one.'], ['#', 0, '# is one.'], ['{', 0, '{ is one.'], ['}', 0, '} is one.'], ['\\', 100, 'Correct! \\ is not.']) }],
  },
  { name: 'escaped colons in title and text', gift: '::Ratio\\: test::What is 1\\:2 as a fraction? {=one half}', expect: [{ title: 'Ratio: test', prompt: 'What is 1:2 as a fraction?' }] },
  { name: 'escaped line break and braces in text', gift: 'First line\\nsecond line with \\{braces\\}? {T}', expect: [{ prompt: 'First line\nsecond line with {braces}?' }] },
  { name: 'unknown escape keeps its backslash', gift: 'Is 50\\% half? {T}', expect: [{ prompt: 'Is 50\\% half?' }] },
  { name: 'question over several lines', gift: 'This question\nruns over\nthree lines. {\n=yes\n~no\n}', expect: [{ type: 'choice', prompt: 'This question\nruns over\nthree lines.', line: 1 }] },
  { name: 'blank lines separate questions; lines are counted', gift: '\n\nQ1 {T}\n\n\nQ2 {F}\n\nQ3 {#1}\n', expect: [{ prompt: 'Q1', line: 3 }, { prompt: 'Q2', line: 6 }, { prompt: 'Q3', line: 8 }] },
  { name: 'Windows line ends and a byte-order mark', gift: '\uFEFFQ1 {T}\r\n\r\nQ2 {\r\n=a\r\n~b\r\n}\r\n', expect: [{ type: 'true_false' }, { type: 'choice', answers: mc(['a', 100], ['b', 0]) }] },
  { name: 'comments between and inside questions', gift: '// a comment\nQ1 {T}\n\n// another\nQ2 {\n=a\n// inside the block\n~b\n}', expect: [{ prompt: 'Q1', line: 2 }, { prompt: 'Q2', line: 5, answers: mc(['a', 100], ['b', 0]) }] },
  { name: '"//" inside text is not a comment', gift: 'Is https://example.org a URL? {T}', expect: [{ prompt: 'Is https://example.org a URL?' }] },
  { name: 'comment after the answer block', gift: 'Q {T} // not a missing word', expect: [{ prompt: 'Q', type: 'true_false' }] },
  { name: 'category', gift: '$CATEGORY: tom/dick/harry\n\nQ1 {T}', category: 'tom/dick/harry', expect: [{ prompt: 'Q1', line: 3 }] },
  { name: 'category line directly above a question', gift: '$CATEGORY: History\n::Q::Was Rome built in a day? {F}', category: 'History', expect: [{ title: 'Q', value: false, line: 2 }] },
  { name: '[html] format', gift: '[html]<p>Is <b>this</b> bold?</p>{T}', expect: [{ format: 'html', prompt: '<p>Is <b>this</b> bold?</p>' }] },
  { name: '[markdown] format after a title', gift: '::MD::[markdown]Is **this** bold?{T}', expect: [{ format: 'markdown', title: 'MD', prompt: 'Is **this** bold?' }] },
  { name: '[plain] and [moodle] formats', gift: '[plain]Plain? {T}\n\n[moodle]Moodle? {T}\n\nDefault? {T}', expect: [{ format: 'plain' }, { format: 'moodle' }, { format: 'moodle' }] },
  { name: 'format tag on an answer is dropped', gift: 'Pick. {=[html]<b>bold</b> ~[plain]plain}', expect: [{ answers: mc(['<b>bold</b>', 100], ['plain', 0]) }] },
];

const MALFORMED: Malformed[] = [
  { name: 'block not closed before the end of the file', gift: 'Q1 {T}\n\nWhat is it? {\n=a\n~b', line: 5, message: /line 5: expected '}' to close the answer block opened on line 3/ },
  { name: 'blank line inside a block', gift: 'Q1 {T}\n\nWhat is it? {\n=a\n\n~b\n}', line: 5, message: /line 5: expected '}' to close the answer block opened on line 3/ },
  { name: 'a second "{" before the block closes', gift: 'Q {=a {=b}', line: 1, message: /before another '\{'/ },
  { name: '"}" without "{"', gift: 'Q1 {T}\n\nWhat } is it?', line: 3, message: /line 3: found '}' with no '\{'/ },
  { name: 'two answer blocks', gift: 'Q {=a} and {=b}', line: 1, message: /one answer block/ },
  { name: 'title not closed', gift: '::Title Who? {T}', line: 1, message: /line 1: expected '::' to close the question title/ },
  { name: 'weight above 100', gift: 'Q1 {T}\n\nQ {\n~%150%a\n=b\n}', line: 4, message: /line 4: expected a weight between -100 and 100/ },
  { name: 'weight that is not a number', gift: 'Q {~%abc%a =b}', line: 1, message: /weight/ },
  { name: 'numeric answer that is not a number', gift: 'Q {#abc}', line: 1, message: /expected a number in the numeric answer, found "abc"/ },
  { name: 'numeric range backwards', gift: 'Q {#5..1}', line: 1, message: /minimum above its maximum/ },
  { name: 'numeric block with nothing in it', gift: 'Q {#}', line: 1, message: /expected a number after '#'/ },
  { name: 'matching pair without "->"', gift: 'Match {\n=a -> b\n=c\n}', line: 3, message: /line 3: expected '->'/ },
  { name: 'text before the first "~" or "="', gift: 'Q {wrong ~right =x}', line: 1, message: /expected '=' or '~' before "wrong"/ },
  { name: 'answer with no text', gift: 'Q {= ~b}', line: 1, message: /expected answer text after '='/ },
];

describe('GIFT import: snippets from the Moodle documentation', () => {
  it.each(CASES)('$name', ({ gift, expect: expected, category }) => {
    const result = parseGift(gift);
    if (!result.ok) throw new Error(result.message);
    expect(result.questions).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(result.questions[i]).toMatchObject(e));
    expect(result.category).toBe(category);
  });

  it(`has at least 40 snippets (${CASES.length + MALFORMED.length})`, () => {
    expect(CASES.length + MALFORMED.length).toBeGreaterThanOrEqual(40);
  });
});

describe('GIFT import: malformed files name the line and import nothing', () => {
  it.each(MALFORMED)('$name', ({ gift, line, message }) => {
    const result = importGift(`${gift}`);
    expect(result).toMatchObject({ ok: false, line });
    if (result.ok) return;
    expect(result.message).toMatch(message);
  });

  it('an error late in a file still imports nothing', () => {
    const result = importGift('Q1 is fine? {T}\n\nQ2 is fine too? {F}\n\nQ3 {=a');
    expect(result).toEqual({ ok: false, line: 5, message: "line 5: expected '}' to close the answer block opened on line 5" });
  });
});

describe('GIFT import into our question types', () => {
  it('converts each GIFT type, lists essays and descriptions as unsupported', () => {
    const result = importGift(fs.readFileSync(path.join(import.meta.dirname, '../../../fixtures/gift/moodle-docs-examples.gift.txt'), 'utf8'));
    if (!result.ok) throw new Error(result.message);
    expect(result.category).toBe('Examples');
    expect(result.questions.map((q) => q.type)).toEqual(['multiple_choice', 'multiple_choice', 'true_false', 'cloze', 'cloze', 'matching', 'numeric', 'numeric', 'numeric']);
    expect(result.unsupported).toEqual([
      { line: 32, title: 'Biography', reason: expect.stringMatching(/essay/) },
      { line: 34, reason: expect.stringMatching(/description/) },
      { line: 36, title: 'Two right', reason: expect.stringMatching(/2 answers are right/) },
    ]);
    const [grant, missing, tf, cloze, , matching, pi] = result.questions;
    expect(grant).toMatchObject({ prompt: "Who's buried in Grant's tomb?", options: [{ text: 'Grant' }, { text: 'Jefferson' }, { text: 'no one' }], answer: { correct: 'c' }, evidence: [] });
    expect(missing).toMatchObject({ prompt: "Grant is _____ in Grant's tomb." });
    expect(tf).toMatchObject({ answer: { value: false }, feedback: { true: 'No one is buried there.' } });
    expect(cloze).toMatchObject({ prompt: 'Two plus two equals _____.', answer: { text: 'four', aliases: ['4'] } });
    expect(matching).toMatchObject({ left: [{ text: 'Canada' }, { text: 'Italy' }], right: [{ text: 'Ottawa' }, { text: 'Rome' }, { text: 'Paris' }] });
    expect(pi).toMatchObject({ prompt: 'What is the value of pi (to 3 decimal places)? _____.', answer: { value: 3.1415, tolerance: 0.0005 } });
    expect(result.notes).toEqual(
      expect.arrayContaining([
        { line: 27, title: 'Grant born', reason: expect.stringMatching(/only the 100 % answer imported/) },
        { line: 12, title: "Jesus' hometown", reason: expect.stringMatching(/partial-credit answers not imported: "Nazereth" \(75 %\)/) },
      ]),
    );
  });

  it('keeps the one right answer of a partly weighted choice and says what changed', () => {
    const result = importGift('Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}');
    if (!result.ok) throw new Error(result.message);
    expect(result.questions[0]).toMatchObject({ type: 'multiple_choice', answer: { correct: 'c' } });
    expect(result.notes[0]?.reason).toMatch(/partly right answers now count as wrong: "half credit answer" \(50 %\)/);
  });

  it('takes a multiple-answer question with one right answer as multiple choice', () => {
    const result = importGift('Pick. {~%100%right ~%-50%wrong ~%-50%also wrong}');
    if (!result.ok) throw new Error(result.message);
    expect(result.questions[0]).toMatchObject({ type: 'multiple_choice', answer: { correct: 'a' } });
    expect(result.notes.map((n) => n.reason).join(' ')).toMatch(/one right answer imported as single-answer/);
  });

  it('refuses what our schema cannot hold, with the reason', () => {
    const result = importGift('Pick. {=a =b ~c}\n\nHi {T}\n\nPick one of nine. {=1 ~2 ~3 ~4 ~5 ~6 ~7 ~8 ~9}\n\nOnly wrong. {~a ~b}');
    if (!result.ok) throw new Error(result.message);
    expect(result.questions).toHaveLength(0);
    expect(result.unsupported.map((u) => [u.line, u.reason])).toEqual([
      [1, expect.stringMatching(/2 answers are each fully right/)],
      [3, expect.stringMatching(/prompt/)],
      [5, expect.stringMatching(/options/)],
      [7, 'no answer is marked right'],
    ]);
  });

  it('turns HTML into plain text', () => {
    const result = importGift('[html]<p>Is <b>this</b> bold &amp; clear?</p>{T#<i>No</i>}');
    if (!result.ok) throw new Error(result.message);
    expect(result.questions[0]).toMatchObject({ prompt: 'Is this bold & clear?', feedback: { false: 'No' } });
    expect(result.notes[0]?.reason).toMatch(/HTML/);
  });
});
