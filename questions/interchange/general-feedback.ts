// Our explanation and evidence travel in a format's general feedback (the text shown after
// answering). The evidence goes under a fixed heading so that our own importer can split it back
// out; feedback written by anyone else is taken whole as the explanation.
const HEADING = 'Evidence from the article:';

export function composeGeneralFeedback(explanation: string, evidence: readonly string[]): string {
  if (!evidence.length) return explanation;
  return `${explanation}\n\n${HEADING}\n${evidence.map((s) => `“${s}”`).join('\n')}`;
}

export function splitGeneralFeedback(feedback: string): { explanation: string; evidence: string[] } {
  const at = feedback.lastIndexOf(`\n\n${HEADING}\n`);
  if (at < 0) return { explanation: feedback.trim(), evidence: [] };
  const evidence = feedback
    .slice(at + HEADING.length + 3)
    .split('\n')
    .map((line) => line.trim().replace(/^“([\s\S]*)”$/, '$1'))
    .filter(Boolean);
  return { explanation: feedback.slice(0, at).trim(), evidence };
}
