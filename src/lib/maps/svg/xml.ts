/**
 * Writing XML safely: one escaping function for every text and attribute the site writes into SVG
 * or HTML by hand, and a small element builder so markup is composed, never patched with replace.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML (and HTML) text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type AttrValue = string | number | null | undefined | false;

/** Attributes as markup, in the order given; null, undefined and false are left out. */
export function attrs(attributes: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** An element: `children` is markup already built (escape text with escapeXml or use `textEl`). */
export function el(name: string, attributes: Record<string, AttrValue> = {}, children?: string): string {
  return children === undefined ? `<${name}${attrs(attributes)}/>` : `<${name}${attrs(attributes)}>${children}</${name}>`;
}

/** An element holding plain text, escaped. */
export function textEl(name: string, attributes: Record<string, AttrValue>, text: string): string {
  return el(name, attributes, escapeXml(text));
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
