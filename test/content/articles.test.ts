/**
 * Articles against their own frontmatter and against the data: every citation points to a listed
 * source, every source is cited, glossary links land on an entry, claims match the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimHolds, dataFigure, factValue, isDataMetric } from '../../src/lib/articles/claims';
import { listVersions, loadDataset } from '../../src/lib/data/read-version';
import { factsFileSchema } from '../../content/data/schema';

const facts = factsFileSchema.parse(JSON.parse(readFileSync('content/data/facts.json', 'utf8')));
const icbVersion = listVersions().find((v) => loadDataset(v).version.kind === 'icb');
const icbs = icbVersion ? loadDataset(icbVersion) : undefined;
interface Claim {
  metric: string;
  value: number | string;
  text: string;
}

const DIR = 'content/articles';
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { file, slug: file.replace(/\.mdx$/, ''), data: parse(front), body };
  });
const glossary = articles.find((a) => a.slug === 'glossary');
const glossaryIds = new Set([...(glossary?.body ?? '').matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]));

describe('the article set', () => {
  it('has the six articles and the glossary', () => {
    expect(articles.filter((a) => a.data.kind === 'article')).toHaveLength(6);
    expect(glossary?.data.kind).toBe('glossary');
  });
});

describe.each(articles)('$file', ({ data, body, slug }) => {
  const cited = [...body.matchAll(/<Cite n=\{(\d+)\}\s*\/>/g)].map((m) => Number(m[1]));

  it('cites only sources it lists, and lists only sources it cites', () => {
    expect(cited.length).toBeGreaterThan(0);
    for (const n of cited) expect(n, `<Cite n={${n}} />`).toBeLessThanOrEqual(data.sources.length);
    const unused = data.sources.map((_: unknown, i: number) => i + 1).filter((n: number) => !cited.includes(n));
    expect(unused, 'sources never cited').toEqual([]);
  });

  it('has at least one source a reader can follow', () => {
    expect(data.sources.some((s: { url?: string }) => /^https?:\/\//.test(s.url ?? ''))).toBe(true);
  });

  it('links glossary terms to entries that exist', () => {
    const links = [...body.matchAll(/\/articles\/glossary\/#([a-z0-9-]+)/g)].map((m) => m[1]);
    for (const id of links) expect(glossaryIds.has(id), `#${id}`).toBe(true);
  });

  it('links only to related articles that exist', () => {
    for (const r of data.related ?? []) expect(articles.some((a) => a.slug === r), r).toBe(true);
    expect(data.related ?? []).not.toContain(slug);
  });

  it('states figures that agree with the data, and dated facts that agree with the facts registry', () => {
    const dataset = loadDataset();
    for (const claim of (data.claims ?? []) as Claim[]) {
      expect(body, `claim text "${claim.text}"`).toContain(claim.text);
      if (isDataMetric(claim.metric)) {
        if (claim.metric === 'icbCount' && !icbs) continue;
        const figure = dataFigure(dataset, claim.metric, icbs);
        expect(typeof claim.value, claim.metric).toBe('number');
        expect(claimHolds(figure, claim.value as number), `${claim.metric} = ${claim.value}, data says ${figure.min}–${figure.max}`).toBe(true);
      } else {
        const value = factValue(facts, claim.metric);
        expect(value, `${claim.metric} is neither a data metric nor a fact in content/data/facts.json`).toBeDefined();
        expect(claim.value, claim.metric).toBe(value);
        expect(claim.text, `the claim's words must quote the fact's value`).toContain(value);
      }
    }
  });
});

describe('stps-explained', () => {
  it('states the number of footprints, checked against the data', () => {
    const a = articles.find((x) => x.slug === 'stps-explained')!;
    expect(a.data.claims.map((c: { metric: string }) => c.metric)).toContain('footprintCount');
  });
});

describe('figures repeated across articles', () => {
  const claims = articles.flatMap((a) => ((a.data.claims ?? []) as Claim[]).map((c) => ({ ...c, slug: a.slug })));

  it('every fact of the registry is stated in at least two places, each time the same', () => {
    for (const fact of facts.facts) {
      const stated = claims.filter((c) => c.metric === fact.id);
      expect(stated.length, `${fact.id} is claimed by ${stated.map((c) => c.slug).join(', ') || 'no article'}`).toBeGreaterThanOrEqual(2);
      expect(new Set(stated.map((c) => c.value)), fact.id).toEqual(new Set([fact.value]));
    }
  });

  it('every exact count is the same wherever it is stated', () => {
    for (const metric of ['leadsKnownFromNhs', 'leadsKnownFromLocalGovernment', 'leadsKnown', 'leadsUnknown', 'footprintCount']) {
      expect(new Set(claims.filter((c) => c.metric === metric).map((c) => c.value)).size, metric).toBeLessThanOrEqual(1);
    }
  });

  it('each fact has a source a reader can follow', () => {
    for (const fact of facts.facts) expect(fact.source.url, fact.id).toMatch(/^https?:\/\//);
  });
});
