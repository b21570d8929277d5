/**
 * Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, newline and
 * carriage return; U+FFFE, U+FFFF). Article text scraped from the web sometimes has them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text for an XML attribute value. Line breaks and tabs become spaces: XML parsers normalise them
 * so anyway (attribute-value normalisation), and GEXF labels are `xs:token`.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, "").replace(/\s+/g, " ").trim();
}
