// Moodle XML and QTI files must be well-formed XML (checked by xmllint, as CI has it). No schema
// for either is available offline: Moodle publishes none, and no npm or Debian package ships the
// QTI 2.1 XSD, so the structure is pinned by the assertions below instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportMoodleXml } from '@/questions/interchange/moodle-xml-export';
import { exportQti } from '@/questions/interchange/qti-export';
import { toInterchange } from '@/questions/interchange/to-interchange';
import { contentSetSchema } from '@/questions/question-schema';
import { INTERCHANGE_EXTRAS } from './interchange-extras';
import { SAMPLE_QUESTIONS } from './sample-questions';

const setsDir = path.join(import.meta.dirname, '../../../../questions/content/sets');
const CONTENT = fs.readdirSync(setsDir).flatMap((f) => contentSetSchema.parse(JSON.parse(fs.readFileSync(path.join(setsDir, f), 'utf8'))).questions);
const QUESTIONS = [...SAMPLE_QUESTIONS, ...CONTENT].map(toInterchange);
const TRICKY = { ...QUESTIONS[0]!, prompt: 'Tags <b>&amp;</b> "quotes" and ]]> end\u0001 of CDATA, emoji 🗞️' };

/** Runs xmllint --noout on each file; returns its complaints, empty when all are well-formed. */
function xmllint(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-xml-'));
  const paths = Object.entries(files).map(([name, xml]) => {
    const p = path.join(dir, name.replace(/\//g, '__'));
    fs.writeFileSync(p, xml);
    return p;
  });
  try {
    execFileSync('xmllint', ['--noout', ...paths], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it('the xmllint check catches a malformed file', () => {
  expect(xmllint({ 'broken.xml': '<quiz><question></quiz>' })).toMatch(/mismatch|Opening and ending tag/);
});

describe('Moodle XML export', () => {
  const out = exportMoodleXml([...QUESTIONS, ...INTERCHANGE_EXTRAS, TRICKY], { category: 'News / Putin' });

  it('is well-formed', () => {
    expect(xmllint({ 'moodle.xml': out.text })).toBe('');
  });

  it('writes each type as its Moodle question type, with a category first', () => {
    const types = [...out.text.matchAll(/<question type="(\w+)">/g)].map((m) => m[1]);
    expect(types[0]).toBe('category');
    expect(new Set(types)).toEqual(new Set(['category', 'multichoice', 'truefalse', 'shortanswer', 'numerical', 'matching', 'ordering', 'essay', 'description']));
    expect(out.text).toContain('<category><text>$course$/top/News // Putin</text></category>');
    expect(out.notes.every((n) => n.action === 'converted' && /who-said-it/.test(n.reason))).toBe(true);
  });

  it('carries answers, feedback, tolerance, units and the general feedback', () => {
    const one = exportMoodleXml([toInterchange({ ...SAMPLE_QUESTIONS.find((q) => q.id === 'num-tol')!, answer: { value: -11.5, tolerance: 0.25, unit: 'km' } } as never)]).text;
    expect(one).toContain('<answer fraction="100" format="plain_text"><text><![CDATA[-11.5]]></text>');
    expect(one).toContain('<tolerance>0.25</tolerance>');
    expect(one).toContain('<unit_name>km</unit_name>');
    expect(one).toContain('Evidence from the article:\n“Putin’s previous visit to Pyongyang was in July 2000.”');
    const mc = exportMoodleXml([toInterchange(SAMPLE_QUESTIONS[0]!)]).text;
    expect(mc).toContain('<single>true</single>');
    expect(mc).toContain('<answer fraction="0" format="plain_text"><text><![CDATA[September 2000]]></text><feedback format="plain_text"><text><![CDATA[September is when Kim visited Russia.]]></text></feedback></answer>');
    expect(exportMoodleXml([TRICKY]).text).toContain('<![CDATA[Tags <b>&amp;</b> "quotes" and ]]]]><![CDATA[> end of CDATA, emoji 🗞️]]>');
  });
});

describe('QTI 2.1 export', () => {
  const out = exportQti([...QUESTIONS, ...INTERCHANGE_EXTRAS, TRICKY], { title: 'Putin & "North Korea"' });
  const files = Object.fromEntries(Object.entries(unzipSync(out.bytes)).map(([name, bytes]) => [name, strFromU8(bytes)]));

  it('is a zip of a manifest, a test and one well-formed item per question', () => {
    const items = Object.keys(files).filter((f) => f.startsWith('items/'));
    expect(items).toHaveLength(QUESTIONS.length + INTERCHANGE_EXTRAS.length + 1);
    expect(files['imsmanifest.xml']).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    for (const item of items) expect(files['imsmanifest.xml']).toContain(`href="${item}"`);
    expect(files['assessment.xml']).toContain('xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"');
    expect(files['assessment.xml']).toContain('title="Putin &amp; &quot;North Korea&quot;"');
    expect(xmllint(files)).toBe('');
  });

  it('uses the interaction that fits each type', () => {
    const interactions = Object.values(files).flatMap((xml) => [...xml.matchAll(/<(\w+Interaction) /g)].map((m) => m[1]));
    expect(new Set(interactions)).toEqual(new Set(['choiceInteraction', 'textEntryInteraction', 'matchInteraction', 'orderInteraction', 'extendedTextInteraction']));
    const item = (id: string) => files[`items/item-${String(QUESTIONS.findIndex((q) => q.id === id) + 1).padStart(3, '0')}.xml`]!;
    expect(item('num-tol')).toContain('baseType="float"');
    expect(item('num-tol')).toContain('<equal toleranceMode="absolute" tolerance="0.25 0.25"><variable identifier="RESPONSE"/><baseValue baseType="float">-11.5</baseValue></equal>');
    expect(item('cloze-mid')).toMatch(/<p>Russia and North Korea might sign a <textEntryInteraction [^>]*\/> agreement during the visit\.<\/p>/);
    expect(item('cloze-mid')).toContain('<stringMatch caseSensitive="false"><variable identifier="RESPONSE"/><baseValue baseType="string">partnership agreement</baseValue></stringMatch>');
    expect(item('match')).toContain('<value>L1 R1</value><value>L2 R2</value>');
    expect(item('order')).toContain('cardinality="ordered"');
    expect(item('mc')).toContain('<modalFeedback outcomeIdentifier="FEEDBACK" identifier="C1" showHide="show"><p>September is when Kim visited Russia.</p></modalFeedback>');
    expect(item('tf-false')).toContain('<correctResponse><value>C2</value></correctResponse>');
  });

  it('notes who-said-it and the stricter matching of typed answers', () => {
    const reasons = new Set(out.notes.map((n) => n.reason));
    expect([...reasons].some((r) => /who-said-it/.test(r))).toBe(true);
    expect([...reasons].some((r) => /typos/.test(r))).toBe(true);
  });
});
