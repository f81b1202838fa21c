// XML text for the Moodle XML and QTI writers. Characters XML 1.0 forbids (most control
// characters, lone surrogates, U+FFFE/U+FFFF) cannot be written even escaped, so they are dropped.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(INVALID, '');
}

/** For text and attribute values. */
export function escapeXml(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** CDATA keeps text readable in the file; a "]]>" inside is split across two sections. */
export function cdata(s: string): string {
  return `<![CDATA[${xmlSafe(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
