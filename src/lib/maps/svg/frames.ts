/** The London inset's frame and label, shared by the choropleth and the locator. */
import type { Box } from '../../geometry/map-geometry.ts';
import { el, textEl } from './xml.ts';

export function insetFrame(inset: Box): string {
  return (
    el('rect', { x: inset.x, y: inset.y, width: inset.width, height: inset.height, fill: 'none', stroke: 'currentColor', 'stroke-width': 1 }) +
    textEl('text', { x: inset.x + 6, y: inset.y + 15, 'font-size': 12, fill: 'currentColor' }, 'London')
  );
}
