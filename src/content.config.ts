/**
 * Content collections. Articles are MDX files in content/articles/; their frontmatter is checked
 * here at build time, so a missing source or a bad date fails the build naming the file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articleSource = z.strictObject({
  /** Title of the source, as printed. */
  title: z.string().min(3),
  /** Where it appeared (publication, website or publisher). */
  outlet: z.string().min(2),
  /** Author as printed ("Anonymous" or an organisation where no person is named). */
  author: z.string().min(2),
  /** Date as printed; "undated (…)" when the source gives none. */
  date: z.string().min(4),
  /** A public address a reader can follow, where one exists. */
  url: z.url().optional(),
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: z
    .object({
      /** Headline. */
      title: z.string().min(3),
      /** One-sentence summary for lists, search results and the meta description. */
      description: z.string().min(20).max(200),
      /** Our publication date. */
      date: z.coerce.date(),
      /** Position in the article list (reading order). */
      order: z.number().int().positive(),
      /** An article, or the glossary (listed separately). */
      kind: z.enum(['article', 'glossary']).default('article'),
      /** Sources in citation order: <Cite n={1} /> points to the first. */
      sources: z.array(articleSource).min(1),
      /** Slugs of related articles. */
      related: z.array(z.string()).default([]),
      /**
       * Figures the article states that the data also holds; a test checks each against the data
       * and checks that `text` appears in the article.
       */
      claims: z
        .array(
          z.strictObject({
            /** Which figure: a count from the data (src/lib/articles/claims.ts) or a dated fact (content/data/facts.json). */
            metric: z.string().min(3),
            /** The figure as the article states it: a number for data counts, the exact words for a fact. */
            value: z.union([z.number(), z.string().min(1)]),
            /** The phrase in the article that states it. */
            text: z.string().min(2),
          }),
        )
        .default([]),
    })
    .refine((a) => a.sources.some((s) => s.url), { message: 'at least one source needs a url a reader can follow', path: ['sources'] }),
});

/**
 * The story of each boundary change, for /changes/: one MDX file per data version (the version it
 * leads to), in our own words, its sources cited like an article's.
 */
const changes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/changes' }),
  schema: z.strictObject({
    /** The data version these changes lead to, e.g. "2022-07". */
    version: z.string().regex(/^\d{4}-\d{2}$/),
    /** The section's heading. */
    title: z.string().min(10),
    /** Sources in citation order: <Cite n={1} /> points to the first. */
    sources: z.array(articleSource).min(1),
  }),
});

export const collections = { articles, changes };
