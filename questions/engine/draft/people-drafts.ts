// Questions about people: who holds a role, what someone's role is, who said a quotation, and a
// matching of people to roles.
import { ROLE_BANK } from '../lexicon/organisations';
import { domainsMatch, roleDomain } from '../lexicon/role-domains';
import type { PersonFact, QuoteFact } from '../types';
import { capitalise, evidenceSpan, hash, letteredOptions, shuffleBy, type Draft, type DraftContext } from './draft';
import { mainActors, personSide, sideIn, sidesIn } from './affiliation';
import { roleGender } from '../lexicon/gender';
import { famousPerson } from './famous-person';
import { displayName, hasRoleOrVoice, overlappingRoles, personGender, plausiblePeople, reportedDead, speakersOf } from './distractors';
import { escapeRegExp } from '../regexp';
import { DEMONYM_SET } from '../lexicon/gazetteer';
import { wordsRuleOut } from './quote-voices';
import { entities, typedAnswer } from './sentence-drafts';

/** A role with its gendered word made neutral ("Spokesman" and "Spokesperson" are one office). */
function unisex(role: string): string {
  return role.toLowerCase().replace(/\b(spokes|chair|congress|business)(?:man|woman|person)\b/g, '$1person').replace(/\badvisor\b/g, 'adviser');
}

/**
 * Roles that are a relationship to someone, not a job ("Roosevelt's successor" beside "President",
 * which Taft also was: round 148's wrong key).
 */
const RELATION = /\b(?:mother|father|parents?|son|daughter|wife|husband|widow(?:er)?|brother|sister|sibling|uncle|aunt|niece|nephew|cousin|grand(?:father|mother|son|daughter)|relatives?|fianc[ée]e?|partner|friend|girlfriend|boyfriend|successor|predecessor)\b/i;

/** A role worth asking about: a real title or description, not a list fragment or a clause. */
function usableRole(role: string): boolean {
  const words = role.split(/\s+/);
  // "another pilot who took part yesterday" reads only beside the sentence it came from.
  // "One officer, Marcio Alves," is one of several, not what he is (round 56).
  if (/^(?:another|other|one|some|two|three|several)\b/i.test(role) || /\b(?:who|whose|which|that|yesterday|today|tomorrow)\b/i.test(role)) return false;
  // "the country's defence minister", "its chairman": whose, only the sentence before says.
  if (/^(?:(?:the\s+)?(?:country|city|state|company|group|team|party|region|organi[sz]ation|government)[’']s|its|his|her|their)\b/i.test(role)) return false;
  return words.length >= 1 && words.length <= 12 && !/[“”"]/.test(role);
}

/** A role that is only a form of address ("Reverend Dr", "Sir"): it says what to call someone, not what they do. */
export function addressOnly(role: string): boolean {
  return /^(?:(?:the\s+)?(?:Reverend|Rev\.?|Dr\.?|Doctor|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Lady|Father|Sister|Brother|Rabbi|Imam|Sheikh)\s*)+$/i.test(role.trim());
}

/**
 * "Who is the Prime Minister?" with no country: the head of a state or government is known from
 * the news at large, or another country's holder is as right (rounds 9 and 13).
 */
const TOP_OFFICE = /^(?:(?:the\s+)?(?:President|Prime Minister|Premier|Chancellor|Taoiseach|Pope|King|Queen|Emperor|Empress|Monarch))$/i;

function roleOf(p: PersonFact): string | null {
  // "Sultan Vahdettin" is shown with his title: asking it ("Sultan") would give it away.
  const shown = displayName(p).toLowerCase();
  // Nor a form of address ("Lord" for Sebastian Coe): it says what to call him, not what he does.
  // "Professor; Deputy Principal for Education and Students": past a form of address, the appositive (round 79).
  const role = p.roles.map((r) => r.split('; ')).map((parts) => (addressOnly(parts[0]!) && parts[1] ? parts[1] : parts[0]!)).find((r) => usableRole(r) && !addressOnly(r) && !shown.includes(r.toLowerCase()));
  return role ?? null;
}

function roleSentence(ctx: DraftContext, p: PersonFact, role: string): number | null {
  const words = role.split(/\s+/).slice(-2).join(' ');
  const m = p.mentions.find((m) => ctx.sentences[m.sentenceIndex]!.text.includes(words));
  return m ? m.sentenceIndex : null;
}

// "General Motor's chief executive Rick Wagoner was replaced Sunday with Fritz Henderson": a role
// its holder loses in the sentence that gives it is no longer theirs; asking who holds it keyed the
// man who was replaced (round 111's wrong key).
const LOST_ROLE_AFTER = /^(?:\s*,[^,]{1,80},)?\s+(?:(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+(?:\p{Ll}+\s+)?(?:replaced|succeeded|ousted|sacked|fired|dismissed|removed|deposed|overthrown|forced\s+out)|(?:\p{Ll}+ly\s+)?(?:resigned|quit|retired|stepped\s+down))\b/u;

/** Whether the person loses the role in its sentence (the one `roleSentence` finds). */
function lostRole(ctx: DraftContext, p: PersonFact, sentenceIndex: number): boolean {
  return p.mentions.some((m) => m.sentenceIndex === sentenceIndex && LOST_ROLE_AFTER.test(ctx.text.slice(m.end, m.end + 120)));
}

/** The role as it reads after "is" or "as": "the Prime Minister", "a professor", "Halappanavar's father". */
function withArticle(role: string): string {
  return [article(role), role].filter(Boolean).join(' ');
}

/**
 * Whether the words just before one of a person's mentions call them by the role, as its last two
 * words ("defence spokesperson" for "defence spokesman"; a bare head alone for a one-word role).
 */
function calledSo(ctx: DraftContext, p: PersonFact, role: string): boolean {
  const words = role.toLowerCase().split(/\s+/).slice(-2).map((w) => escapeRegExp(w).replace(/^spokes\w+$/, 'spokes\\w+'));
  const re = new RegExp(`\\b${words.join('\\s+')}\\b`, 'i');
  return p.mentions.some((m) => {
    const s = ctx.sentences[m.sentenceIndex]!;
    return re.test(ctx.text.slice(Math.max(s.start, m.start - 50), m.start));
  });
}

function article(role: string): string {
  // "who is Halappanavar's father?": a possessive role takes no article.
  if (/^(?:(?:al|el)-)?\p{Lu}[\p{L}.’' -]*[’']s\s/u.test(role)) return '';
  return /^(?:professor|member|student|resident|lead|one)\b/i.test(role) || / at /.test(role) ? (/^[aeiou]/i.test(role) ? 'an' : 'a') : 'the';
}

export function peopleDrafts(ctx: DraftContext): Draft[] {
  const drafts: Draft[] = [];
  const withRoles = ctx.people.map((p) => ({ p, role: roleOf(p) })).filter((x): x is { p: PersonFact; role: string } => x.role !== null);
  // ("Environment Canada spokesperson" and "… spokeswoman" are one office, round 85.)
  const roleKey = (r: string) => unisex(r).replace(/^(?:u\.s\.|russian|american|nasa)\s+/, '');
  // The office without whose it is: "Former British Prime Minister" is a "Former Prime Minister" too (round 71).
  const officeKey = (r: string) => r.toLowerCase().split(/\s+/).filter((w) => !DEMONYM_SET.has(w) && !/^(?:u\.s\.|us|uk|u\.k\.)$/.test(w)).join(' ');
  // Two people hold the same office when one role is the other with a qualifier in front
  // ("Prime Minister" beside "Canadian Prime Minister"), or one implies the other.
  const sameOffice = (a: string, b: string) => {
    const [x, y] = [roleKey(a), roleKey(b)];
    // (Unless each names its own country: the Thai and the UK Prime Minister are two offices.)
    if (x === y || (officeKey(a) === officeKey(b) && (officeKey(a) === a.toLowerCase() || officeKey(b) === b.toLowerCase())) || overlappingRoles(a, b)) return true;
    // "analyst" beside "a security analyst at the Center …": a bare common noun fits both; so does
    // one qualified only by where it is held ("local administrator" beside "the administrator of
    // Yukari Kanatli", round 63).
    const stripped = [a, b].map((r) => r.replace(/^(?:(?:the|a|an|local|regional|village|district|provincial|municipal|state)\s+)+(?=\p{Ll}+$)/u, ''));
    // (Capitalised as a title too: "Pilot" beside "a test pilot from Edwards Air Force Base", round 128's wrong key.)
    const k = stripped.findIndex((r) => /^\p{L}\p{Ll}+$/u.test(r));
    const other = [b, a][k];
    if (k >= 0 && other !== stripped[k] && new RegExp(`\\b${stripped[k]}\\b`, 'i').test(other!)) return true;
    const [long, short] = x.length > y.length ? [x, y] : [y, x];
    // A "Vice Foreign Minister" or a "former Prime Minister" holds another office.
    return long.endsWith(` ${short}`) && !/\b(?:vice|deputy|assistant|under|acting|former|ex|junior|shadow|first|lady|chief of staff)\b/.test(long.slice(0, -short.length));
  };

  for (const { p, role } of withRoles) {
    // Who holds a famous person's role, or what it is, general knowledge answers (judged acceptable
    // 38–43 % of the time against 64–75 % for everyone else); a role lost is no longer theirs.
    if (famousPerson(p)) continue;
    const sentenceIndex = roleSentence(ctx, p, role);
    if (sentenceIndex === null || lostRole(ctx, p, sentenceIndex)) continue;
    // A role shared with someone else ("NASA astronaut" for four people, "Senator" beside a
    // "Senate Majority Leader") cannot single one out.
    // "who is the team member?" beside the team's lead author and its coauthor: a member of a
    // group no role names has peers the article may not call so (round 129's wrong key).
    const shared = withRoles.some((o) => o.p !== p && sameOffice(o.role, role)) || /^(?:a\s+|the\s+)?(?:team|group|crew|band|squad|family|club|party|cast|research\s+team)\s+member$/i.test(role);
    const others = ctx.people.filter((o) => o !== p);
    const mentionsInRole = (o: PersonFact) => [o.name, ...o.aliases].some((n) => role.includes(n));

    // "Who is the Prince?": a bare title is answered by the one option that carries it.
    // Nor a form of address ("who is the Reverend Dr?").
    const bareTitle = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Duke|Duchess|Sheikh|Sultan|Emir)$/i.test(role) || TOP_OFFICE.test(role) || addressOnly(role);
    if (!shared && !bareTitle && others.length >= 3) {
      // Most plausible first: the same kind of role, the same side, the same gender.
      // Nor anyone the article calls by the role's head word where it names them, though no role was
      // read for them ("The Tory defence spokesperson, Gerald Howarth,": round 60's wrong key).
      const candidates = others.filter((o) => !mentionsInRole(o) && hasRoleOrVoice(ctx, o) && !calledSo(ctx, o, role));
      const distractors = plausiblePeople(ctx, p, candidates, `who-role:${p.id}`, role, true).slice(0, 3).map(displayName);
      if (distractors.length === 3) {
        const { options, correct } = letteredOptions(displayName(p), distractors, `who-role:${p.id}`);
        drafts.push({
          id: `who-role:${p.id}`,
          type: 'multiple_choice',
          prompt: `According to the article, who is ${withArticle(role)}?`,
          options,
          answer: { correct },
          explanation: `The article names ${p.name} as ${withArticle(role)}.`,
          evidence: [ctx.sentences[sentenceIndex]!.text],
          meta: { angle: 'who-role', factIds: [p.id], evidenceSpans: [evidenceSpan(ctx, sentenceIndex)], difficulty: 0.3, quality: 0, optionKinds: ['person', 'person', 'person', 'person'], answerText: p.name.split(' ').at(-1)! },
        });
      }
    }

    // "What is X's role?": other people's roles first, then the bank; never another role of X.
    // A role that names a side ("U.S. Deputy Secretary of State") gets roles of the same side only,
    // and a minor figure never gets a main actor's title ("Russian President" for Kurt Campbell).
    const side = sideIn(role);
    const main = mainActors(ctx);
    const ownSide = personSide(ctx, p);
    const fits = (o: { p: PersonFact; role: string }) => {
      if (side) return sideIn(o.role) === side;
      // No side in the answer: no role that names another side ("United Kingdom's Queen" for Denmark's Prime Minister).
      const theirs = sideIn(o.role);
      return (!main.has(o.p.id) || main.has(p.id)) && (!theirs || theirs === ownSide);
    };
    const otherRoles = withRoles.filter((o) => o.p !== p && roleKey(o.role) !== roleKey(role) && fits(o)).map((o) => capitalise(o.role));
    const bank = shuffleBy(ROLE_BANK.filter((r) => !role.toLowerCase().includes(r.toLowerCase()) && !r.toLowerCase().includes(roleKey(role))), `role-bank:${p.id}`);
    // A role only the other gender holds ("First Lady" for a man) is no option.
    const own = roleGender(role) ?? personGender(ctx, p);
    // Nor one inside the other ("Foreign Minister" beside "Vice Foreign Minister"): both may seem right.
    // "Spokesperson" beside "Spokesman" is the same office in other words (round 64).
    const nested = (r: string) => r.toLowerCase().includes(role.toLowerCase()) || role.toLowerCase().includes(r.toLowerCase()) || overlappingRoles(r, role) || unisex(r) === unisex(role);
    // A relationship ("father of one of the victims") is matched only by other relationships: job
    // titles beside it are no real options.
    const relation = RELATION.test(role);
    // Nor a role of another sphere ("Pope" for a referendum officer): nobody would believe it.
    const domain = roleDomain(role);
    const believable = (r: string) => {
      const theirs = roleDomain(r);
      return !domain || !theirs || domainsMatch(domain, theirs);
    };
    // Nor a role that names the person asked about ("Spokesman for Tsvangirai's movement" for Tsvangirai).
    const namesThem = (r: string) => [p.name, ...p.aliases].some((f) => r.includes(f));
    const pool = [...new Set([...shuffleBy(otherRoles, `role-of:${p.id}`), ...(side || relation ? [] : bank)])].filter((r) => !nested(r) && !namesThem(r) && (!roleGender(r) || !own || roleGender(r) === own) && RELATION.test(r) === relation && believable(r));
    const distractors = pool.slice(0, 3);
    // Mostly the article's own roles: generic titles from the bank beside them read as filler
    // ("Secretary of State" for an archaeologist), so at most one of them.
    const fromArticle = distractors.filter((r) => otherRoles.includes(r)).length;
    // A bare "President" says neither of what country nor anything a reader of the news did not know.
    if (distractors.length === 3 && fromArticle >= 2 && !shared && !TOP_OFFICE.test(role)) {
      const answer = capitalise(role);
      const { options, correct } = letteredOptions(answer, distractors, `role-of:${p.id}`);
      drafts.push({
        id: `role-of:${p.id}`,
        type: 'multiple_choice',
        prompt: `According to the article, what is ${p.name}’s role?`,
        options,
        answer: { correct },
        explanation: `The article describes ${p.name} as ${withArticle(role)}.`,
        evidence: [ctx.sentences[sentenceIndex]!.text],
        meta: { angle: 'role-of', factIds: [p.id], evidenceSpans: [evidenceSpan(ctx, sentenceIndex)], difficulty: 0.35, quality: 0, optionKinds: ['role', 'role', 'role', 'role'], answerText: role },
      });
    }
  }

  // Matching people to roles: up to five people whose roles differ.
  // Not a famous person's pair ("Barack Obama → President of the United States": general knowledge
  // matches it; judged acceptable 59 % with two such pairs, 73 % with none), nor one whose only
  // evidence is a claim's sentence (a matching cannot carry its attribution), where three others
  // remain; never a role its holder loses in the sentence that gives it.
  const distinctOf = (keep: (x: (typeof withRoles)[number], at: number) => boolean) => {
    const pool = withRoles.filter((x) => {
      const at = roleSentence(ctx, x.p, x.role);
      return at !== null && !lostRole(ctx, x.p, at) && keep(x, at);
    });
    return pool.filter((x, i) => pool.findIndex((y) => sameOffice(y.role, x.role)) === i);
  };
  const tiers = [(x: (typeof withRoles)[number], at: number) => !famousPerson(x.p) && !ctx.claimSentenceIndexes.has(at), (_: unknown, at: number) => !ctx.claimSentenceIndexes.has(at), () => true];
  let distinct: typeof withRoles = [];
  for (const keep of tiers) if ((distinct = distinctOf(keep)).length >= 3) break;
  if (distinct.length >= 3) {
    const chosen = distinct.slice(0, 5);
    const left = chosen.map((x, i) => ({ id: `l${i + 1}`, text: displayName(x.p) }));
    const right = shuffleBy(chosen.map((x, i) => ({ id: `r${i + 1}`, text: capitalise(x.role) })), 'matching:roles');
    const pairs = Object.fromEntries(chosen.map((x, i) => [`l${i + 1}`, right.find((r) => r.text === capitalise(x.role))!.id]));
    const sentenceIndexes = [...new Set(chosen.map((x) => roleSentence(ctx, x.p, x.role)!))].sort((a, b) => a - b);
    drafts.push({
      id: 'matching:people-roles',
      type: 'matching',
      prompt: 'Match each person to their role in the article.',
      left,
      right,
      answer: { pairs },
      explanation: chosen.map((x) => `${x.p.name}: ${x.role}.`).join(' '),
      evidence: sentenceIndexes.map((i) => ctx.sentences[i]!.text),
      meta: { angle: 'matching-roles', factIds: chosen.map((x) => x.p.id), evidenceSpans: sentenceIndexes.map((i) => evidenceSpan(ctx, i)), difficulty: 0.5, quality: 0, answerText: chosen[0]!.p.name.split(' ').at(-1)! },
    });
  }

  // Who said it: whole quotations of 6–45 words, attributed to a person, not naming the speaker.
  const speakers = speakersOf(ctx);
  const people = entities(ctx).filter((e) => e.kind === 'person');
  let choiceAsked = false;
  for (const q of ctx.quotes) {
    const speaker = ctx.people.find((p) => p.id === q.speakerId);
    if (!speaker || !isQuotable(ctx, q, speaker)) continue;
    const said = quoteStatement(ctx, q);
    const found = quoteEvidence(ctx, q, speaker);
    if (!found) continue;
    const { indexes, form } = found;
    const common = {
      id: `quote-speaker:${q.id}`,
      explanation: `${speaker.name} said this, as the article reports.`,
      evidence: indexes.map((i) => ctx.sentences[i]!.text),
    };
    const meta = { angle: 'quote-speaker', factIds: [q.id, speaker.id], evidenceSpans: indexes.map((i) => evidenceSpan(ctx, i)), quality: 0, answerText: form };
    // One quotation of the story is asked as a choice, given three rivals (with two, one ruled out
    // by the words leaves no choice: three-option items were judged acceptable 23 times in 50).
    const distractors = choiceAsked ? [] : speakerRivals(ctx, q, speaker, speakers).map(displayName);
    if (distractors.length === 3) {
      choiceAsked = true;
      const { options, correct } = letteredOptions(displayName(speaker), distractors, `quote:${q.id}:${hash(q.text)}`);
      drafts.push({ ...common, type: 'who_said_it', prompt: `Who said: “${said}”?`, options, answer: { correct }, meta: { ...meta, difficulty: 0.4, optionKinds: ['person', 'person', 'person', 'person'] } });
      continue;
    }
    // The rest by typing the name: rivals the words rule out (a tribute offered to the critics, the
    // opposition's attack to the government's spokeswomen) failed half of all choice items, and a
    // typed name has no rivals to rule out (judged acceptable 52 times in 60 on the same quotations).
    const entity = people.find((e) => e.id === speaker.id)!;
    drafts.push({ ...common, type: 'cloze', prompt: `Who said these words? “${said}”`, answer: typedAnswer(ctx, entity, speaker.name, people.filter((e) => e !== entity)), meta: { ...meta, difficulty: 0.55 } });
  }
  return drafts;
}

/**
 * The person a quotation speaks of as "she" or "he" ("She didn't purposely drive on the other side
 * of the road … forgiving her for leaving", of Anne Sacoolas): the last of that gender named before
 * it. Offered as its speaker, they would be talking about themselves (round 92).
 */
export function spokenOf(ctx: DraftContext, q: QuoteFact, said: string, speaker: PersonFact): PersonFact | undefined {
  const gender = /\b(?:she|her|hers|herself)\b/i.test(said) ? 'female' : /\b(?:he|him|his|himself)\b/i.test(said) ? 'male' : null;
  if (!gender) return undefined;
  const before = (p: PersonFact) => Math.max(-1, ...p.mentions.filter((m) => m.start < q.evidence.start).map((m) => m.start));
  return ctx.people.filter((p) => p !== speaker && personGender(ctx, p) === gender && before(p) >= 0).sort((a, b) => before(b) - before(a))[0];
}

/**
 * The rivals a who-said-it choice offers beside the speaker: other speakers first, then the most
 * plausible of the rest (people with a role in the story), up to three.
 */
export function speakerRivals(ctx: DraftContext, q: QuoteFact, speaker: PersonFact, speakers = speakersOf(ctx)): PersonFact[] {
  const said = quoteStatement(ctx, q);
  // Never someone the article reports dead: they cannot have said it.
  // Nor anyone whose office or camp the words speak of as others ("the only obstacle was the president").
  const telling = !wordsRuleOut(ctx, said, speaker);
  const subject = spokenOf(ctx, q, said, speaker);
  const others = ctx.people.filter((p) => p !== speaker && p !== subject && !reportedDead(ctx, p) && ![p.name, ...p.aliases].some((n) => said.includes(n)) && !(telling && wordsRuleOut(ctx, said, p)));
  // A quotation that names a country ("In Iran we …") is no choice beside officials of another:
  // then only people of the speaker's side, or of none known.
  const ranked = plausiblePeople(ctx, speaker, others.filter((p) => hasRoleOrVoice(ctx, p)), q.id, undefined, sidesIn(said).size > 0 ? 'side' : false);
  return [...ranked.filter((p) => speakers.has(p.id)), ...ranked.filter((p) => !speakers.has(p.id))].slice(0, 3);
}

/**
 * A quotation worth attributing: a whole statement of 6–45 words that does not name its speaker.
 * Not a quoted phrase inside someone's sentence ("…supplied Russia with “dozens of ballistic
 * missiles…”"), nor the second half of one ("And in two seconds …").
 */
export function isQuotable(ctx: DraftContext, q: QuoteFact, speaker: PersonFact): boolean {
  // A guessed speaker is no answer key: most wrong keys of rounds 33 to 36 were speakers found so.
  if (q.guessed) return false;
  const text = quoteStatement(ctx, q);
  const words = text.split(/\s+/).length;
  if (words < 6 || words > 45 || !/^\p{Lu}/u.test(text) || /^(?:And|But|So|Or|Then|Because)\b/.test(text)) return false;
  // "All three additions …", "These changes …": it points back to words the student does not see.
  if (/^(?:All (?:two|three|four|five|six|of (?:them|these|those))|Both|These|Those|Such|They|Their)\b/.test(text)) return false;
  // "If we didn't we faced …", "Had we chosen to do so …": the second half of a thought, whose
  // first half the quotation before holds (round 49).
  // (An auxiliary with no verb after it is the mark: "If you don't believe in …" is whole.)
  if (/^(?:If\s+(?:we|I|they|he|she|you|not)\b(?:\s+(?:didn['’]t|did\s+not|don['’]t|do\s+not|hadn['’]t|had\s+not|wouldn['’]t))?(?=\s*(?:,|we\b|I\b|they\b|he\b|she\b|you\b|then\b))|Had\s+(?:we|they|he|she|I|you)\s+(?:chosen|decided|done|not)\b|Otherwise\b|(?:To\s+)?Doing\s+so\b|To\s+do\s+so\b)/u.test(text)) return false;
  // "“In my judgment the common law,” the judgement reads, “…”": the first half of an interrupted
  // quotation is no statement of its own.
  const at = ctx.quotes.findIndex((x) => x.id === q.id);
  const next = at >= 0 ? ctx.quotes[at + 1] : undefined;
  if (!/[.!?…]["”’]?$/.test(text) && next && next.evidence.sentenceIndex === q.evidence.sentenceIndex && /^\p{Ll}/u.test(next.text)) return false;
  // "my government", "I'm sending Secretary Rice": the speaker's own office gives the answer away.
  // So does "my duties and expectations as Apple's C.E.O." (round 113).
  if (/\b(?:my|our)\s+(?:government|administration|cabinet|ministers?|presidency|party|team|club|players|company|employees)\b|\bI(?:['’]m| am| have| will)\s+(?:sending|appointed|ordered|dismissed|fired)\b|\bmy\s+(?:duties|role|job|post|position|term)\b[^.;]{0,40}?\bas\s+(?:\p{Lu}|the\b)/iu.test(text)) return false;
  // "… until EADS got rid of him! Jim.": an email's sign-off names its writer (round 86).
  if (/[.!?]["”’]?\s+\p{Lu}[\p{Ll}]+\.?$/u.test(text) && !/\s/.test(text.replace(/^[\s\S]*[.!?]["”’]?\s+/u, ''))) return false;
  // "We [the US] shall continue …": the editor's note names the speaker's side.
  if (/\[(?:the\s+)?\p{Lu}[^\]]*\]/u.test(text)) return false;
  return ![speaker.name, ...speaker.aliases].some((n) => text.includes(n));
}

/** What introduces a whole statement quoted in lower case: "Lewis responded that, “we always …”". */
// Not a relative "that" after quoted words ("“cosmetic concessions” that “can be undone …”", round 63).
// "Dorgan commented, “obviously there's no honor here …”", "saying, “…”" too (round 80).
const INTRODUCED = /(?:(?<![”"]\s*)\bthat|\b(?:said|says|saying|stated|states|added|adds|responded|responds|replied|replies|insisted|commented|comments|noted|notes|explained|explains|declared|declares|wrote|writes|argued|argues|warned|warns|told\s+(?:\p{Lu}[\p{L}.’']*\s*)+)),?\s*$|:\s*$/u;

/**
 * A quotation as a statement of its own: the editor's bracketed capital restored ("[w]e neither
 * engage …" → "We neither engage …"), and a lower-case quotation that follows "that," or a speech
 * verb capitalised, since it is a whole sentence in the speaker's mouth. Anything else as quoted.
 */
export function quoteStatement(ctx: DraftContext, q: QuoteFact): string {
  const edited = /^\[(\p{Ll})\](?=\p{L})/u.exec(q.text);
  if (edited) return edited[1]!.toUpperCase() + q.text.slice(edited[0].length);
  if (!/^\p{Ll}/u.test(q.text)) return q.text;
  const sentence = ctx.sentences[q.evidence.sentenceIndex];
  const before = ctx.text.slice(sentence ? sentence.start : 0, q.evidence.start).replace(/[“"‘]\s*$/u, '');
  // '"What is so sad for me", Cengiz said, "is not seeing …"': the rest of a quotation the speaker
  // began before the attribution is no statement of its own (round 89).
  if (/[”"]/.test(before)) return q.text;
  return INTRODUCED.test(before) ? capitalise(q.text) : q.text;
}

/** A quotation's evidence: its sentences and the nearest sentence that names the speaker (as named there). */
export function quoteEvidence(ctx: DraftContext, q: QuoteFact, speaker: PersonFact): { indexes: number[]; form: string } | null {
  const first = q.evidence.sentenceIndex;
  const last = ctx.sentences.findIndex((s) => s.start <= q.evidence.end && q.evidence.end <= s.end + 1);
  const named = speaker.mentions.map((m) => m.sentenceIndex).filter((i) => i >= first - 2 && i <= Math.max(first, last) + 1);
  if (named.length === 0) return null;
  const attribution = named.sort((a, b) => Math.abs(a - first) - Math.abs(b - first))[0]!;
  const indexes = [...new Set([...Array.from({ length: Math.max(last, first) - first + 1 }, (_, k) => first + k), attribution])].sort((a, b) => a - b);
  if (indexes.length > 6) return null;
  const mention = speaker.mentions.find((m) => m.sentenceIndex === attribution)!;
  return { indexes, form: ctx.text.slice(mention.start, mention.end) };
}
