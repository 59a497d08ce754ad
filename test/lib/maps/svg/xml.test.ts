/** XML writing: one escaping function, and an element builder that escapes attributes. */
import { describe, expect, it } from 'vitest';
import { attrs, el, escapeXml, textEl } from '../../../../src/lib/maps/svg/xml.ts';
import { parseXml } from '../../../helpers/xml.ts';

describe('escapeXml', () => {
  it.each([
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<script>', '&lt;script&gt;'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;'],
    ['plain', 'plain'],
  ])('%s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('el and attrs', () => {
  it('escapes attribute values and leaves out null, undefined and false', () => {
    expect(attrs({ a: 'x"y', b: null, c: undefined, d: false, e: 0 })).toBe(' a="x&quot;y" e="0"');
  });

  it('writes self-closing and nested elements that parse back to the same text', () => {
    const svg = el('svg', { title: 'A & B' }, textEl('title', {}, 'Bath <& Wells>') + el('path', { d: 'm0 0l1 1z' }));
    const root = parseXml(svg);
    expect(root.attrs.title).toBe('A & B');
    expect(root.children[0]!.text).toBe('Bath <& Wells>');
    expect(root.children[1]!.name).toBe('path');
  });
});
