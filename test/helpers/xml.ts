/**
 * The one XML/SVG reader of the test suite: enough to prove markup is well formed (balanced tags,
 * quoted attributes, no duplicate attributes, no bare "&" or "<"), to walk it as a tree, and to
 * read the points of the relative path data the maps write.
 */

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  const bad = /&(?!(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/.exec(raw);
  if (bad) throw new Error(`Bare "&" near offset ${where}: ${raw.slice(bad.index, bad.index + 20)}`);
  return raw.replace(/&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

export function parseXml(xml: string): El {
  const doc: El = { name: '#document', attrs: {}, children: [], text: '', parent: null };
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  let cur = doc;
  let i = 0;
  while (i < xml.length) {
    if (xml[i] === '<') {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw new Error(`Unclosed comment at ${i}`);
        i = end + 3;
        continue;
      }
      tag.lastIndex = i;
      const m = tag.exec(xml);
      if (!m) throw new Error(`Malformed tag at offset ${i}: ${xml.slice(i, i + 60)}`);
      const [whole, close, name, attrText, selfClose] = m as unknown as [string, string, string, string, string];
      if (close) {
        if (attrText || selfClose) throw new Error(`Malformed closing tag at ${i}: ${whole}`);
        if (cur.name !== name) throw new Error(`</${name}> at offset ${i} closes <${cur.name}>`);
        cur = cur.parent!;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of attrText.matchAll(/([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
          const key = a[1]!;
          if (key in attrs) throw new Error(`Duplicate attribute ${key} on <${name}> at ${i}`);
          attrs[key] = decode(a[2] ?? a[3] ?? '', i);
        }
        const el: El = { name, attrs, children: [], text: '', parent: cur };
        cur.children.push(el);
        if (!selfClose) cur = el;
      }
      i += whole.length;
    } else {
      const next = xml.indexOf('<', i);
      const end = next < 0 ? xml.length : next;
      const text = xml.slice(i, end);
      if (text.includes('>')) throw new Error(`Bare ">" in text at ${i}`);
      cur.text += decode(text, i);
      i = end;
    }
  }
  if (cur !== doc) throw new Error(`<${cur.name}> is never closed`);
  if (doc.children.length !== 1) throw new Error(`Expected one root element, found ${doc.children.length}`);
  if (doc.text.trim()) throw new Error('Text outside the root element');
  return doc.children[0]!;
}

export function walk(el: El): El[] {
  return [el, ...el.children.flatMap(walk)];
}
export function ancestors(el: El): El[] {
  const out: El[] = [];
  for (let p = el.parent; p; p = p.parent) out.push(p);
  return out;
}
export const hasClass = (el: El, c: string) => (el.attrs.class ?? '').split(/\s+/).includes(c);

/**
 * The absolute points of a path written with relative m/l/z commands (compactPath's output): each
 * step adds to the current point, pairs after the first of an m are line steps (SVG 2, §9.3.2), and
 * z returns to the start of the subpath (SVG 2, §9.3.4).
 */
export function pathPoints(d: string): { commands: string; xy: [number, number][]; numbers: string[] } {
  const commands = d.replace(/[^A-Za-z]/g, '');
  const numbers: string[] = [];
  const xy: [number, number][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = start;
      continue;
    }
    const all = args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
    if (all.length === 0 || all.length % 2 !== 0) throw new Error(`path data: "${cmd}${args}" is not whole coordinate pairs`);
    numbers.push(...all);
    for (let i = 0; i < all.length; i += 2) {
      x += Number(all[i]);
      y += Number(all[i + 1]);
      if (cmd === 'm' && i === 0) start = [x, y];
      xy.push([x, y]);
    }
  }
  return { commands, xy, numbers };
}
