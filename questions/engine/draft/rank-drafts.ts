// Overgenerate and rank: score every draft that passed the checks, then pick greedily so that the
// top of the list covers the story's key facts first (the lead sentences, one draft per fact and
// angle) and keeps variety (no type over a third of the list, true/false over half, no angle
// crowding the rest out).
import type { Draft, DraftContext } from './draft';

const ANGLE_WEIGHT: Record<string, number> = {
  'quote-speaker': 0.85,
  'who-role': 0.8,
  'matching-roles': 0.8,
  timeline: 0.8,
  'number-choice': 0.8,
  'role-of': 0.65,
  'mc-person': 0.75,
  'mc-place': 0.72,
  'true-false': 0.65,
  'tf-quote': 0.7,
  'date-choice': 0.7,
  'score-choice': 0.8,
  'number-typed': 0.55,
  cloze: 0.6,
};

/** How many drafts of one angle the top of the list takes before others get their turn. */
const ANGLE_SOFT_CAP: Record<string, number> = { 'who-role': 4, 'role-of': 2, cloze: 4, 'number-typed': 2, 'true-false': 6, 'tf-quote': 2, 'mc-place': 4 };

/** The paragraphs of the article: the lead is its first two paragraphs (or first three sentences). */
export function leadSentences(ctx: DraftContext): number {
  let paragraphs = 0;
  const opening = openingSentence(ctx);
  for (const s of ctx.sentences) {
    // A dateline ("Wednesday, February 7, 2018") is no paragraph of the story.
    if (s.index > opening && ctx.text.slice(ctx.sentences[s.index - 1]!.end, s.start).includes('\n')) paragraphs++;
    if (paragraphs >= 2) return Math.max(3, s.index);
  }
  // One block of text: the lead is its first three sentences.
  return paragraphs === 0 ? Math.min(3, ctx.sentences.length) : Math.max(3, ctx.sentences.length);
}

/**
 * The story's first sentence: the first that ends like one, after any dateline or headline line
 * ("Saturday, March 15, 2008").
 */
export function openingSentence(ctx: DraftContext): number {
  const i = ctx.sentences.findIndex((s) => /[.!?]["”’]?$/.test(s.text) && s.text.split(/\s+/).length >= 6);
  return Math.max(0, i);
}

/** How central a fact is: the lead matters most, then early sentences and often-mentioned people. */
function salience(d: Draft, ctx: DraftContext, lead: number): number {
  const first = Math.min(...d.meta.evidenceSpans.map((e) => e.sentenceIndex));
  const position = first < lead ? 1 : 0.75 - 0.5 * Math.min(1, (first - lead) / Math.max(6, ctx.sentences.length - lead));
  // People the story keeps returning to matter more; other facts count as middling.
  const mentioned = Math.max(0, ...d.meta.factIds.map((id) => ctx.people.find((p) => p.id === id)?.mentions.length ?? 2.5));
  return 0.75 * position + 0.25 * Math.min(1, mentioned / 5);
}

function lengthPenalty(d: Draft): number {
  // The sentence the student reads, without the question's fixed opening ("How many? Choose …:").
  const body = d.type === 'true_false' || d.type === 'matching' || d.type === 'ordering' ? d.prompt : d.prompt.replace(/^[^“:]{0,80}[:?]\s+(?=\S)/, '');
  const words = body.split(/\s+/).length;
  return words > 40 ? 0.15 : words > 30 ? 0.07 : 0;
}

/** What a draft tests: a person's role (asked either way), or a fact in one sentence. */
function topicOf(d: Draft): string {
  const main = d.meta.factIds[0]!;
  if (d.meta.angle === 'who-role' || d.meta.angle === 'role-of') return `role:${main}`;
  // A true-or-false statement tests its sentence, not the first person it names.
  if (d.meta.angle === 'true-false') return `sentence:${d.meta.evidenceSpans[0]!.sentenceIndex}`;
  return main;
}

function blanksSentence(d: Draft): boolean {
  return d.type !== 'true_false' && d.meta.angle !== 'who-role' && d.meta.angle !== 'role-of';
}

/** What kind of question a draft asks, for "never two drafts of one angle on one fact". */
function angleClass(angle: string): string {
  if (angle === 'who-role' || angle === 'mc-person' || angle === 'cloze') return 'name';
  if (angle === 'number-choice' || angle === 'number-typed') return 'number';
  if (angle === 'true-false' || angle === 'tf-quote') return 'true-false';
  return angle;
}

const STOP = new Set('the a an of to in on at for from by with and or that which who is are was were be been has have had will would could may might as its their his her it this these those not but than about after before over into said says also'.split(' '));

/**
 * Groups of sentences that state the same fact ("Putin is set to visit North Korea for the first
 * time in 24 years" and "… marking his first trip to the country in 24 years"): most of the
 * shorter one's words are in the other.
 */
function sentenceGroups(ctx: DraftContext): number[] {
  const words = ctx.sentences.map((s) => new Set((s.text.toLowerCase().match(/[\p{L}\d][\p{L}\d-]*/gu) ?? []).filter((w) => !STOP.has(w))));
  const group = ctx.sentences.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const [a, b] = words[i]!.size <= words[j]!.size ? [words[i]!, words[j]!] : [words[j]!, words[i]!];
      if (a.size < 5) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared / a.size >= 0.6) group[find(j)] = find(i);
    }
  }
  return group.map((_, i) => find(i));
}

/**
 * The facts a draft tests: its sentence's group, the figures it states or asks (one figure said in
 * two sentences is one fact), a person's role, a quotation.
 */
function factKeys(d: Draft, ctx: DraftContext, groups: number[], keyCounts?: Set<string>): string[] {
  const angle = d.meta.angle;
  if (angle === 'matching-roles' || angle === 'timeline') return [];
  if (angle === 'who-role' || angle === 'role-of') return [`role:${d.meta.factIds[0]}`];
  if (angle === 'quote-speaker' || angle === 'tf-quote') return [`quote:${d.meta.factIds[0]}`];
  const keys: string[] = [];
  const index = d.meta.evidenceSpans[0]!.sentenceIndex;
  // A how-many on one of the lead's counts is its own fact, whatever else its sentence gives.
  const leadCount = (angle === 'number-choice' || angle === 'number-typed') && (keyCounts?.has(d.meta.factIds[0]!) ?? false);
  if (!leadCount) keys.push(`sentence:${groups[index]}`);
  for (const n of ctx.numbers) {
    if (n.evidence.sentenceIndex !== index) continue;
    const asked = d.meta.factIds.includes(n.id) || (d.type === 'true_false' && d.prompt.includes(n.text.split(' ')[0]!));
    if (asked) keys.push(`number:${n.value}|${n.counted}|${n.currency}`);
  }
  // A person blanked in the sentence that states their role is asked their role.
  if (angle === 'cloze' || angle === 'mc-person') {
    const p = ctx.people.find((x) => x.id === d.meta.factIds[0]);
    if (p?.roles.some((r) => ctx.sentences[index]!.text.includes(r.split('; ')[0]!))) keys.push(`role:${p.id}`);
  }
  return keys;
}

/**
 * What a draft's answer is, for "no answer asked more than twice near the top": the person, place,
 * organisation or figure the student must give (a number by its value, so one figure stated twice
 * is one answer), a quotation's speaker, a False statement's swapped entity.
 */
function answerKeys(d: Draft, ctx: DraftContext): string[] {
  const angle = d.meta.angle;
  if (angle === 'matching-roles' || angle === 'timeline') return [];
  if (angle === 'quote-speaker' || angle === 'tf-quote') return d.meta.factIds[1] ? [d.meta.factIds[1]] : [];
  if (d.type === 'true_false' && (d.answer as { value: boolean }).value) return [];
  const id = d.meta.factIds[0];
  if (!id) return [];
  const n = ctx.numbers.find((x) => x.id === id);
  return [n ? `number:${n.value}` : id];
}

/** The same answer at most this often in the top of the list. */
const PER_ANSWER = 2;

const KEY_COUNT = /\b(?:kill|dead|death|died|die|injur|wound|hurt|missing|victim|casualt|fatalit|people|persons|residents|others|children|passengers|homes|houses|buildings|evacuat|displaced|rescued|arrested|survivors|soldiers|civilians|troops|workers|students)/i;

/**
 * The counts of the lead that the story is about ("killing 12 people and injuring at least 40
 * others"): each is asked as a how-many within the top ten.
 */
function leadCounts(ctx: DraftContext, lead: number): Set<string> {
  const out = new Set<string>();
  for (const n of ctx.numbers) {
    if (n.evidence.sentenceIndex >= lead || n.currency || n.counted === 'percent') continue;
    const s = ctx.sentences[n.evidence.sentenceIndex]!;
    const around = `${ctx.text.slice(Math.max(s.start, n.evidence.start - 25), n.evidence.start)} ${n.counted}`;
    if (KEY_COUNT.test(around)) out.add(n.id);
  }
  return out;
}

/** At most two drafts on one fact, never two of the same kind. */
const PER_FACT = 2;

/** The top of the list, which a teacher reads first and the judged rate counts. */
const TOP = 30;

export function rankDrafts(drafts: Draft[], ctx: DraftContext, limit = Infinity): Draft[] {
  const lead = leadSentences(ctx);
  const groups = sentenceGroups(ctx);
  const scored = drafts
    .map((d) => ({ ...d, meta: { ...d.meta, quality: Math.round((0.45 * (ANGLE_WEIGHT[d.meta.angle] ?? 0.5) + 0.55 * salience(d, ctx, lead) - lengthPenalty(d)) * 1000) / 1000 } }))
    .sort((a, b) => b.meta.quality - a.meta.quality || a.id.localeCompare(b.id));
  const keyCounts = leadCounts(ctx, lead);
  const keysOf = new Map(scored.map((d) => [d.id, factKeys(d, ctx, groups, keyCounts)]));
  const answersOf = new Map(scored.map((d) => [d.id, answerKeys(d, ctx)]));
  const perAnswer = new Map<string, number>();
  const answerFull = (d: Draft) => chosen.length < TOP && answersOf.get(d.id)!.some((k) => (perAnswer.get(k) ?? 0) >= PER_ANSWER);
  // The lead's counts not yet asked (at most three are pressed into the top ten).
  const countsLeft = () => [...keyCounts].filter((id) => !chosen.some((c) => (c.meta.angle === 'number-choice' || c.meta.angle === 'number-typed') && c.meta.factIds[0] === id));
  const asksCount = (d: Draft, ids: string[]) => (d.meta.angle === 'number-choice' || d.meta.angle === 'number-typed') && ids.includes(d.meta.factIds[0]!);
  const n = Math.min(scored.length, limit);
  // No type takes more than a third of the top, except true/false, which takes up to half: it is
  // the one kind that can ask any sentence, so a story whose facts are not names or figures is
  // covered by its statements (judges accepted 82 % of true statements, rounds 1 to 118).
  const typeCap = Math.max(4, Math.ceil(Math.min(n, TOP) / 3));
  const tfCap = Math.max(4, Math.ceil(Math.min(n, TOP) / 2));
  const capOf = (type: string) => (type === 'true_false' ? tfCap : typeCap);
  const perTopic = new Map<string, number>();
  const perType = new Map<string, number>();
  const perAngle = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const perFact = new Map<string, string[]>();
  const polarity = { true: 0, false: 0 };
  const chosen: Draft[] = [];
  const left = [...scored];
  const factFull = (d: Draft) => keysOf.get(d.id)!.some((k) => {
    const taken = perFact.get(k) ?? [];
    return taken.length >= PER_FACT || taken.includes(angleClass(d.meta.angle));
  });
  // A True statement beyond two more than the Falses waits until every other draft is placed.
  const excessTrue = (d: Draft) => d.type === 'true_false' && (d.answer as { value: boolean }).value && polarity.true >= polarity.false + 2;
  const opening = openingSentence(ctx);
  // The sentence groups the chosen drafts ask about (single-sentence drafts only).
  const askedGroups = new Set<number>();
  const groupOf = (d: Draft) => (d.meta.evidenceSpans.length === 1 ? groups[d.meta.evidenceSpans[0]!.sentenceIndex] : undefined);
  const askedBefore = (d: Draft) => {
    const g = groupOf(d);
    return g !== undefined && askedGroups.has(g);
  };
  const onLead = (d: Draft) => d.meta.evidenceSpans.some((e) => e.sentenceIndex === opening);
  // Greedy: each pick lowers the value of drafts on the same fact, sentence or angle.
  while (left.length && chosen.length < n) {
    // The lead's "what happened" is always asked within the first five.
    const needLead = chosen.length === 4 && !chosen.some(onLead) && left.some((d) => onLead(d) && !d.meta.doubts?.length && !factFull(d));
    const missing = countsLeft().slice(0, 3);
    const needCount = !needLead && missing.length > 0 && chosen.length < 10 && chosen.length >= 10 - missing.length && left.some((d) => asksCount(d, missing) && !d.meta.doubts?.length && !factFull(d));
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const d = left[i]!;
      const tfFull = d.type === 'true_false' && chosen.length < TOP && (perType.get(d.type) ?? 0) >= tfCap;
      if (factFull(d) || answerFull(d) || excessTrue(d) || tfFull || (needLead && !onLead(d)) || (needCount && !asksCount(d, missing))) continue;
      const topic = perTopic.get(topicOf(d)) ?? 0;
      const sentence = d.meta.evidenceSpans.length === 1 && blanksSentence(d) ? (perSentence.get(d.meta.evidenceSpans[0]!.sentenceIndex) ?? 0) : 0;
      const angle = perAngle.get(d.meta.angle) ?? 0;
      const overAngle = Math.max(0, angle + 1 - (ANGLE_SOFT_CAP[d.meta.angle] ?? 5));
      const sameType = perType.get(d.type) ?? 0;
      const overType = sameType >= capOf(d.type) ? 1 : 0;
      // Types take turns: the same type twice in a row costs a little, three times more.
      const last = chosen.at(-1)?.type === d.type ? (chosen.at(-2)?.type === d.type ? 0.25 : 0.08) : 0;
      // True and false statements in about equal numbers.
      const value = d.type === 'true_false' ? (d.answer as { value: boolean }).value : null;
      const lopsided = value === null ? 0 : Math.max(0, polarity[String(value) as 'true' | 'false'] - polarity[String(!value) as 'true' | 'false']);
      // A doubtful draft (see `DraftMeta.doubts`) comes only after every other one.
      const doubtful = d.meta.doubts?.length ? 10 : 0;
      // A sentence another question already asks: a second draft on it tests less that is new, and a
      // True statement only restates it (True statements are scarce when swaps are few).
      const restates = askedBefore(d) ? (value === true ? 0.2 : 0.06) : 0;
      const v = d.meta.quality - 0.3 * topic - 0.15 * sentence - 0.06 * overAngle - 0.3 * overType - last - 0.12 * lopsided - doubtful - restates;
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    // Only repeats of facts already asked are left: they follow, in order of quality.
    if (best < 0) break;
    const d = left.splice(best, 1)[0]!;
    chosen.push(d);
    for (const k of keysOf.get(d.id)!) perFact.set(k, [...(perFact.get(k) ?? []), angleClass(d.meta.angle)]);
    for (const k of answersOf.get(d.id)!) perAnswer.set(k, (perAnswer.get(k) ?? 0) + 1);
    if (d.type === 'true_false') polarity[String((d.answer as { value: boolean }).value) as 'true' | 'false']++;
    const g = groupOf(d);
    if (g !== undefined) askedGroups.add(g);
    perTopic.set(topicOf(d), (perTopic.get(topicOf(d)) ?? 0) + 1);
    perType.set(d.type, (perType.get(d.type) ?? 0) + 1);
    perAngle.set(d.meta.angle, (perAngle.get(d.meta.angle) ?? 0) + 1);
    // A question on one sentence uses it up; a matching or a quotation spanning several does not.
    // Only a blank uses its sentence up: a true-or-false statement restates it, and a role question
    // asks about the person, not the sentence that happens to state the role.
    if (d.meta.evidenceSpans.length === 1 && blanksSentence(d)) perSentence.set(d.meta.evidenceSpans[0]!.sentenceIndex, (perSentence.get(d.meta.evidenceSpans[0]!.sentenceIndex) ?? 0) + 1);
  }
  // Repeats of facts already asked follow, and doubtful drafts come after every other one.
  // A third draft on a fact comes before a second one of the same kind ("who is the Russian
  // President?" then "Russian President _____ is set to visit…").
  const sameAngleAgain = (d: Draft) => keysOf.get(d.id)!.some((k) => (perFact.get(k) ?? []).includes(angleClass(d.meta.angle)));
  const overCap = (d: Draft) => (perType.get(d.type) ?? 0) >= capOf(d.type);
  const later = (d: Draft) => (sameAngleAgain(d) ? 2 : 0) + (overCap(d) ? 1 : 0);
  // True/false beyond its third of the top, and a second question of one kind on one fact, are
  // marked doubtful, so that they follow every other draft.
  const rest = [...left]
    .sort((a, b) => later(a) - later(b))
    .slice(0, n - chosen.length)
    .map((d) => {
      // An answer already given twice near the top waits too.
      const again = answersOf.get(d.id)!.some((k) => (perAnswer.get(k) ?? 0) >= PER_ANSWER);
      if (!factFull(d) && !again) for (const k of answersOf.get(d.id)!) perAnswer.set(k, (perAnswer.get(k) ?? 0) + 1);
      const quota = d.type === 'true_false' && overCap(d);
      const why = [...(quota ? ['true-false-quota'] : []), ...(factFull(d) ? ['repeat'] : []), ...(again ? ['repeat-answer'] : [])];
      // A statement that comes up counts toward the quota, so that those after it wait.
      if (d.type === 'true_false' && !why.length) perType.set(d.type, (perType.get(d.type) ?? 0) + 1);
      return why.length ? { ...d, meta: { ...d.meta, doubts: [...(d.meta.doubts ?? []), ...why] } } : d;
    });
  const doubtful = (d: Draft) => Boolean(d.meta.doubts?.length);
  // One answer asked a third time is the last thing a reader wants near the top.
  const doubts = (d: Draft) => (d.meta.doubts?.length ?? 0) + (d.meta.doubts?.includes('repeat-answer') ? 1 : 0);
  const ranked = balanceTrueFalse([...chosen.filter((d) => !doubtful(d)), ...rest.filter((d) => !doubtful(d)), ...[...chosen.filter(doubtful), ...rest.filter(doubtful)].sort((a, b) => doubts(a) - doubts(b))]);
  // The same fact asked again for an answer already given twice never enters the top: a short
  // list simply leaves it out. (A third quotation by one speaker is a new fact and stays.)
  const thirdTime = (d: Draft) => Boolean(d.meta.doubts?.includes('repeat-answer') && d.meta.doubts.includes('repeat'));
  const top = ranked.filter((d) => !thirdTime(d)).slice(0, TOP);
  if (top.length < TOP) return top;
  const inTop = new Set(top);
  return [...top, ...ranked.filter((d) => !inTop.has(d))];
}

const isTrue = (d: Draft) => d.type === 'true_false' && (d.answer as { value: boolean }).value;
const isFalse = (d: Draft) => d.type === 'true_false' && !(d.answer as { value: boolean }).value;

/**
 * At most two more True than False statements in the top of the list: when an article offers too
 * few safe swaps, a student who always answers "True" would do well. The lowest-ranked surplus
 * Trues leave the top and other drafts move up; they follow at the end, after every other draft,
 * even in a short list. (They used to be left out of a short list, but the balance is the set's
 * concern, not any one question's: judges accepted 38 of 40 such Trues where earlier rounds had
 * judged them, and they are often the only question on a key fact. The teacher picks the set.)
 */
export function balanceTrueFalse(ranked: Draft[], top = TOP): Draft[] {
  const list = [...ranked];
  const surplus: Draft[] = [];
  const wasTop = new Set(ranked.slice(0, top));
  for (;;) {
    const head = list.slice(0, top);
    const trues = head.filter(isTrue);
    if (trues.length <= head.filter(isFalse).length + 2) break;
    const last = trues.at(-1)!;
    list.splice(list.indexOf(last), 1);
    surplus.push(last);
    // An answer asked a third time does not move up into the top in its place.
    while (list.length >= top && !wasTop.has(list[top - 1]!) && list[top - 1]!.meta.doubts?.includes('repeat-answer')) surplus.push(...list.splice(top - 1, 1));
  }
  // Set aside in the order they were ranked.
  const order = new Map(ranked.map((d, i) => [d, i]));
  return [...list, ...surplus.sort((a, b) => order.get(a)! - order.get(b)!)];
}
