/** Highlight overlays: labels kept inside the map, the same markup for the page and the files. */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_INK, LABEL_SIZE, nameOf, overlayMarkup, placeLabel } from '../../../../src/lib/maps/svg/highlight.ts';
import { parseXml } from '../../../helpers/xml.ts';

describe('placeLabel', () => {
  it('keeps a label centred on its area where it fits', () => {
    expect(placeLabel('Derbyshire', { x: 300, y: 200 }, 600)).toEqual({ x: 300, y: 200 });
  });
  it('moves a label in from the right and left edges, and down from the top', () => {
    const name = 'Norfolk and Waveney';
    const half = (name.length * LABEL_SIZE * 0.6) / 2;
    const right = placeLabel(name, { x: 595, y: 300 }, 600);
    expect(right.x + half).toBeLessThanOrEqual(600);
    const left = placeLabel(name, { x: 2, y: 300 }, 600);
    expect(left.x - half).toBeGreaterThanOrEqual(0);
    expect(placeLabel(name, { x: 300, y: 1 }, 600).y).toBeGreaterThanOrEqual(LABEL_SIZE);
  });
});

describe('overlayMarkup', () => {
  it('draws the area again by reference, outlined, with its name on a halo', () => {
    const g = parseXml(overlayMarkup({ code: 'E54000007', name: 'Greater Manchester', pathId: 'map-p-E54000007', anchor: { x: 310, y: 270 }, mapWidth: 600, shown: true }));
    expect(g.attrs['data-code']).toBe('E54000007');
    expect(g.attrs.display).toBeUndefined();
    expect(g.attrs['aria-hidden']).toBe('true');
    const [use, text] = g.children;
    expect(use!.attrs.href).toBe('#map-p-E54000007');
    expect(use!.attrs.stroke).toBe(HIGHLIGHT_INK);
    expect(text!.text).toBe('Greater Manchester');
    expect(text!.attrs['paint-order']).toBe('stroke');
  });
  it('is hidden until targeted in a file, with the code as its id', () => {
    const g = parseXml(overlayMarkup({ code: 'E54000007', name: 'A & B', pathId: 'dl-p-E54000007', anchor: { x: 1, y: 1 }, mapWidth: 600, id: 'E54000007', shown: false }));
    expect(g.attrs.display).toBe('none');
    expect(g.attrs.id).toBe('E54000007');
    expect(g.children[1]!.text).toBe('A & B');
  });
});

describe('nameOf', () => {
  it('takes the name from "Name: value", keeping colons inside names', () => {
    expect(nameOf('Greater Manchester: NHS provider')).toBe('Greater Manchester');
    expect(nameOf('A: B: 3')).toBe('A: B');
    expect(nameOf('Plain')).toBe('Plain');
  });
});
