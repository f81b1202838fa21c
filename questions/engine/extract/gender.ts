// A person's gender as the article shows it, for the checks that need one: a pronoun that must
// match its speaker ("…,” she said), options of the other gender under "her" in a stem.
import { roleGender, type Gender } from '../lexicon/gender';
import { tagText } from '../pos-tags';
import type { PersonFact } from '../types';
import type { Sentence } from '../../sentences';

type Article = { text: string; sentences: Sentence[]; people: PersonFact[] };

/**
 * A gendered role first; else the subject pronouns that carry on after the person as the subject
 * of a sentence ("Bianchi … He joined …"), when they clearly lean one way; else a first name the
 * name lexicon files as female or male (the article's own "he" outweighs a lexicon guess: "Jules").
 */
export function genderInArticle(article: Article, p: PersonFact): Gender | null {
  for (const r of p.roles) {
    const g = roleGender(r);
    if (g) return g;
  }
  const { she, he } = subjectPronouns(article, p);
  if (she >= 2 && she >= 2 * he) return 'female';
  if (he >= 2 && he >= 2 * she) return 'male';
  return nameGender(article.text, p) ?? (she > he ? 'female' : he > she ? 'male' : null);
}

function nameGender(text: string, p: PersonFact): Gender | null {
  const full = p.mentions.find((m) => text.slice(m.start, m.end) === p.name);
  if (!full || !p.name.includes(' ')) return null;
  const tags = tagText(text).get(full.start)?.tags;
  return tags?.has('FemaleName') ? 'female' : tags?.has('MaleName') ? 'male' : null;
}

/**
 * Words right before a name that make it an object, not the subject: "alongside President Sarkozy",
 * "called on Sarkozy", "by the President and the First Lady, Carla Bruni-Sarkozy".
 */
const OBJECT_BEFORE = /\b(?:by|with|to|for|alongside|beside|on|of|from|at|and|than|about|against|told|thanked|greeted|met|visited|joined|accompanying|accompanied|supports?|supported|backed|opposes?|opposed|critici[sz]e[sd]?|praised?|blamed?|accused?|attacked|defeated|replaced|appointed|sacked|fired|arrested|killed)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*)*(?:,\s*)?$/u;

/** Whether the words before a name, in its sentence, make it an object rather than the subject. */
export function namedAsObject(before: string): boolean {
  // "Secretary of State Condoleezza Rice felt …": the "of" of a title makes no object.
  if (/\b(?:Secretary|Minister|Chancellor|Governor|President|Director|Chairman|Head|Chief|Mayor|Commissioner|Speaker)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*)+$/u.test(before)) return false;
  // "Bloomberg endorsed his former rival, Joe Biden": a name set off after a verb's object is that
  // object (round 142's Bloomberg words were given to Biden).
  return OBJECT_BEFORE.test(before) || /\b\p{Ll}+(?:ed|s)\s+(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.test(before);
}

/**
 * "he"/"she" after a person who is the subject of their sentence, in the rest of that sentence
 * (outside quotations) and opening the next one, where no one else is named. Possessives ("her
 * safe return") and pronouns after someone named as an object ("accompanied by Sarkozy, she …")
 * say nothing about them.
 */
function subjectPronouns({ text, sentences, people }: Article, p: PersonFact): { she: number; he: number } {
  let she = 0;
  let he = 0;
  const others = people.filter((o) => o !== p);
  const named = (i: number) => others.some((o) => o.mentions.some((m) => m.sentenceIndex === i));
  const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, ' ');
  for (const m of p.mentions) {
    const s = sentences[m.sentenceIndex];
    if (!s || named(m.sentenceIndex) || namedAsObject(text.slice(s.start, m.start))) continue;
    const rest = unquoted(text.slice(m.end, s.end));
    const next = sentences[m.sentenceIndex + 1];
    const opening = next && !named(next.index) ? (/^(He|She)\s/.exec(next.text)?.[1] ?? '') : '';
    const said = `${rest} ${opening}`;
    she += (said.match(/\bshe\b/gi) ?? []).length;
    he += (said.match(/\bhe\b/gi) ?? []).length;
  }
  return { she, he };
}
