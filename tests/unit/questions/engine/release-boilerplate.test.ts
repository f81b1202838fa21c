// A news release's closing credits and the agency's stock lines are not the story: no draft asks
// them (judges failed 31 of the 43 drafts such sentences gave over rounds 1 to 147). Who built a
// thing earlier in the story and a stock phrase beside a figure still are.
import { describe, expect, it } from 'vitest';
import { rankedDrafts } from '../../../support/engine-drafts';

const STORY = [
  'NASA’s Europa Clipper spacecraft completed its final thermal vacuum test on Tuesday at the Jet Propulsion Laboratory in Pasadena, California.',
  'Engineers ran the spacecraft through temperatures from minus 180 degrees to 50 degrees Celsius over 14 days.',
  'Motiv Space Systems designed and built the spacecraft’s robotic arm at the company’s Pasadena facility.',
  '“The test went better than we hoped, and the spacecraft is ready to ship,” said Jordan Evans, the project manager.',
  'The spacecraft will ship to Kennedy Space Center in Florida in May for a launch in October.',
  'The mission will study whether the ocean beneath the ice shell of Europa could support life.',
  'With Artemis, NASA will land the first woman and first person of color on the Moon.',
  'The budget includes $7.8 billion for the Artemis campaign, which will bring the first woman and first person of color to the lunar surface.',
  'NASA will use what we learn on and around the Moon to take the next giant leap: sending the first astronauts to Mars.',
  'The primary industrial partners are Ball Aerospace in Boulder, Colorado, and L3Harris Technologies in Melbourne, Florida.',
  'Caltech, in Pasadena, California, manages JPL for NASA.',
  'Europa Clipper is managed by JPL for the agency’s Science Mission Directorate in Washington.',
].join('\n\n');

/** The sentences the drafts of a text ask about (their evidence). */
function askedSentences(text: string): Set<string> {
  return new Set(rankedDrafts(text, '2024-03-12').flatMap((d) => d.evidence));
}

describe('release boilerplate', () => {
  const asked = askedSentences(STORY);
  const sentence = (start: string) => STORY.split('\n\n').find((s) => s.startsWith(start))!;

  it('asks nothing of the closing credits (who manages, builds or partners in what)', () => {
    for (const start of ['The primary industrial partners', 'Caltech, in Pasadena', 'Europa Clipper is managed']) expect(asked.has(sentence(start)), start).toBe(false);
  });

  it('asks nothing of the agency’s stock lines, wherever they stand', () => {
    for (const start of ['With Artemis', 'NASA will use what we learn']) expect(asked.has(sentence(start)), start).toBe(false);
  });

  it('still asks who built a thing in the story itself, and a figure beside a stock phrase', () => {
    for (const start of ['Motiv Space Systems', 'The budget includes']) expect(asked.has(sentence(start)), start).toBe(true);
  });
});
