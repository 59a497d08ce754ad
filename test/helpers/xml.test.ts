import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.ts';

describe('the test XML reader itself', () => {
  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['unclosed', '<svg><g>'],
    ['stray close', '<svg></g></svg>'],
    ['duplicate attribute', '<svg a="1" a="2"/>'],
    ['unquoted attribute', '<svg a=1/>'],
    ['bare ampersand in text', '<svg>Tom & Jerry</svg>'],
    ['bare ampersand in attribute', '<svg title="A & B"/>'],
    ['angle bracket in attribute', '<svg title="a<b"/>'],
    ['two roots', '<svg/><svg/>'],
    ['quote breaking out of attribute', '<svg title="say "hi""/>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('accepts and decodes a well-formed document', () => {
    const root = parseXml('<svg a="x &amp; y"><title>Bath &#39;n&#x27; &lt;Wells&gt;</title><path d="M1,2Z"/></svg>');
    expect(root.attrs.a).toBe('x & y');
    expect(root.children.map((c) => c.name)).toEqual(['title', 'path']);
    expect(root.children[0]!.text).toBe("Bath 'n' <Wells>");
  });
});
