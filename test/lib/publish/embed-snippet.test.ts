/** The snippets a journalist pastes: well formed, escaped, and carrying the full credit line. */
import { describe, expect, it } from 'vitest';
import { iframeSnippet, imageSnippet, type EmbedTarget } from '../../../src/lib/publish/embed-snippet.ts';
import { attributionText } from '../../../src/lib/publish/credits.ts';
import { escapeXml } from '../../../src/lib/maps/svg/xml.ts';
import { parseXml } from '../../helpers/xml.ts';

const target: EmbedTarget = {
  origin: 'https://example.org',
  embedPath: '/embed/2017-04/lead-type/',
  pagePath: '/maps/lead-type/',
  dataPath: '/data/2017-04/maps/lead-type.csv',
  imagePath: '/data/2017-04/maps/lead-type.png',
  imageWidth: 600,
  imageHeight: 800,
  title: 'Map: Who led each footprint',
  alt: 'Map of "who led" each footprint & more',
  source: 'Source: NHS England. Data version 2017-04.',
  height: 820,
};

describe('iframeSnippet', () => {
  const html = iframeSnippet(target);
  it('frames the embed page, loads embed.js from the same origin, and credits the data', () => {
    expect(html).toContain('src="https://example.org/embed/2017-04/lead-type/"');
    expect(html).toContain('<script src="https://example.org/embed.js" async></script>');
    expect(html).toContain(escapeXml(attributionText()));
    expect(html).toContain('>Get the data</a>');
  });
  it('is three lines: the iframe, the credit paragraph (well formed), the script', () => {
    const [iframe, credit, script] = html.split('\n');
    expect(iframe).toMatch(/^<iframe data-stp-embed src="[^"]+" title="Map: Who led each footprint" width="100%" height="820" loading="lazy" style="[^"]+"><\/iframe>$/);
    expect(parseXml(credit!).name).toBe('p');
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
  });
});

describe('imageSnippet', () => {
  it('links a sized image with escaped alt text, and the same credit', () => {
    const html = imageSnippet(target);
    expect(html).toContain('width="600" height="800"');
    expect(html).toContain('alt="Map of &quot;who led&quot; each footprint &amp; more"');
    expect(html).toContain(escapeXml(attributionText()));
    expect(html).not.toContain('<script');
  });
});
