/**
 * The HTML a journalist pastes into a CMS. Two forms: an interactive, auto-resizing iframe (with
 * /embed.js), and a static linked image for CMSs that strip iframes or scripts. Both carry the
 * source, the licence and a "Get the data" link as plain HTML, so the credit survives any CMS.
 */
import { escapeXml } from '../maps/svg/xml.ts';
import { attributionText } from './credits.ts';

export interface EmbedTarget {
  /** Site origin, e.g. https://example.org (no trailing slash). */
  origin: string;
  /** Path of the chrome-free embed page, e.g. /embed/2017-04/lead-type/. */
  embedPath: string;
  /** Path of the full page on this site. */
  pagePath: string;
  /** Path of the data behind the map (CSV or JSON). */
  dataPath: string;
  /** Path of a static image of the map (PNG or SVG). */
  imagePath: string;
  imageWidth: number;
  imageHeight: number;
  /** Accessible title of the iframe, e.g. "Map: Who led each footprint". */
  title: string;
  /** A one-sentence alternative text for the static image. */
  alt: string;
  /** "Source: …" line. */
  source: string;
  /** Starting height in px before /embed.js sizes the frame to its content. */
  height: number;
}

function credit(t: EmbedTarget): string {
  const a = (path: string, text: string) => `<a href="${escapeXml(t.origin + path)}">${text}</a>`;
  return `<p style="font:13px/1.4 sans-serif;margin:4px 0 16px">${escapeXml(t.source)} ${escapeXml(attributionText())} ${a(t.pagePath, 'Full map')} · ${a(t.dataPath, 'Get the data')}</p>`;
}

export function iframeSnippet(t: EmbedTarget): string {
  return (
    `<iframe data-stp-embed src="${escapeXml(t.origin + t.embedPath)}" title="${escapeXml(t.title)}" width="100%" height="${t.height}" loading="lazy" style="width:100%;min-width:100%;border:0;display:block"></iframe>\n` +
    `${credit(t)}\n` +
    `<script src="${escapeXml(t.origin)}/embed.js" async></script>`
  );
}

export function imageSnippet(t: EmbedTarget): string {
  return (
    `<a href="${escapeXml(t.origin + t.pagePath)}"><img src="${escapeXml(t.origin + t.imagePath)}" alt="${escapeXml(t.alt)}" width="${t.imageWidth}" height="${t.imageHeight}" style="max-width:100%;height:auto;display:block"></a>\n` +
    credit(t)
  );
}
