// QTI 2.1 content package: a zip with imsmanifest.xml, one assessmentItem file per question and an
// assessmentTest that lists them in order, the form learning platforms other than Moodle import.
// QTI has an interaction for each of our types, so nothing is skipped; where its scoring differs
// from ours, a note says so.
import { strToU8, zipSync } from 'fflate';
import { noteId, type ExportNote } from './export-notes';
import type { InterchangeQuestion } from './interchange-question';
import { QTI_NS, qtiItem } from './qti-items';
import { escapeXml } from './xml';

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';

export type QtiExport = { bytes: Uint8Array; files: Record<string, string>; notes: ExportNote[] };

export function exportQti(questions: readonly InterchangeQuestion[], options: { title: string }): QtiExport {
  const notes: ExportNote[] = [];
  const items = questions.map((q, i) => {
    const note = (reason: string) => notes.push({ questionId: noteId(q, i), action: 'converted', reason });
    if (q.sourceType === 'who_said_it') note('QTI has no who-said-it type: written as a choice interaction');
    if (q.type === 'short_answer') note('QTI compares typed answers exactly (ignoring case); newsquiz also forgives small typos and punctuation');
    const identifier = `item-${String(i + 1).padStart(3, '0')}`;
    return { identifier, href: `items/${identifier}.xml`, xml: qtiItem(q, identifier) };
  });
  const files: Record<string, string> = {
    'imsmanifest.xml': manifest(items),
    'assessment.xml': assessmentTest(items, options.title),
    ...Object.fromEntries(items.map((it) => [it.href, it.xml])),
  };
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])));
  return { bytes, files, notes };
}

type ItemRef = { identifier: string; href: string };

function manifest(items: ItemRef[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="MANIFEST-newsquiz">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="test" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${items.map((it) => `<dependency identifierref="${it.identifier}"/>`).join('')}</resource>`,
    ...items.map((it) => `    <resource identifier="${it.identifier}" type="imsqti_item_xmlv2p1" href="${it.href}"><file href="${it.href}"/></resource>`),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

function assessmentTest(items: ItemRef[], title: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="test" title="${escapeXml(title)}">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">',
    `    <assessmentSection identifier="section-1" title="${escapeXml(title)}" visible="true">`,
    ...items.map((it) => `      <assessmentItemRef identifier="${it.identifier}" href="${it.href}"/>`),
    '    </assessmentSection>',
    '  </testPart>',
    '  <outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}
