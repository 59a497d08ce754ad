/**
 * The public files the data scripts read from ../shared/data/ (never copied into the repository),
 * each with the source a reader can follow to fetch the same file. Pure data: no fs here.
 *
 * `url` is the ONS dataset page; `via` is the public copy the file was taken from unchanged
 * (see ../shared/data/README.md). `date` is the date ONS prints in the dataset's title (the
 * lookup's reference date), not a publication date.
 */

/** A document a reader can follow to check a fact (the shape content/data/schema.ts uses). */
export interface Source {
  title: string;
  url: string;
  publisher: string;
  date: string;
  via?: string;
  note?: string;
}

export interface SharedFile {
  /** Path below ../shared/data/. */
  path: string;
  source: Source;
}

const ONS = 'Office for National Statistics';
const ONS_LOOKUPS_VIA = 'https://github.com/jtrim-ons/ons-lookups (commit 85d0ba6e476b), a mirror of the ONS Open Geography Portal';
const DATE_NOTE = 'Date: the reference date in the dataset title.';

function lookup(file: string, title: string, id: string, date: string): SharedFile {
  return {
    path: `ons-lookups/${file}`,
    source: { title, url: `https://data.gov.uk/dataset/${id}`, publisher: ONS, date, via: `${ONS_LOOKUPS_VIA}, file ${file}`, note: DATE_NOTE },
  };
}

/** Every ONS lookup the scripts may read, keyed by file name (as in derive.json). */
export const ONS_LOOKUPS: Record<string, SharedFile> = Object.fromEntries(
  [
    lookup('lsoa11-ccg17-stp17-lad17.csv', 'LSOA (2011) to CCGs to STPs (April 2017) Lookup in England', 'a5ab2d0c-4f42-4ecf-8764-f4924f33d4e9', '2017-04'),
    lookup('lsoa11-ccg18-stp18-lad18.csv', 'LSOA (2011) to CCGs to STPs (April 2018) Lookup in England (Version 3)', 'aef5940e-d94b-4b20-b93e-d9cf60d2dfb9', '2018-04'),
    lookup('ccg17-stp17.csv', 'CCG to STPs (April 2017) Lookup in England (Version 3)', 'dde597ef-d50b-474b-9711-efb8fc0906be', '2017-04'),
    lookup('ccg18-stp18.csv', 'CCG to STPs (April 2018) Lookup in England (Version 2)', 'ec1b6948-3c42-4abe-bfc0-8728f0911c0e', '2018-04'),
    lookup('ccg19-stp19.csv', 'CCG to STPs (April 2019) Lookup in England', '49d94d94-9028-4fcd-8b68-46257fa7b282', '2019-04'),
    lookup('ccg20-stp20.csv', 'CCG to STPs (April 2020) Lookup in England', 'ac521809-92cf-4128-9414-79fc57d4e49d', '2020-04'),
    lookup('stp20-names.csv', 'STPs (April 2020) Names and Codes in England', '2f8a616d-1aa1-4457-b05d-b75081975394', '2020-04'),
    lookup(
      'msoa11-buasd11-bua11-lad11.csv',
      'MSOA (2011) to Built-up Area Sub Division to Built-up Area to LAD to Region (December 2011) Lookup, best fit',
      'b3b13cfd-e487-4f7a-ac4c-b888eac90d77',
      '2011-12',
    ),
    lookup(
      'ward17-lad17-cty17-ced17.csv',
      'Ward to LAD to County to County Electoral Division (May 2017) Lookup in England',
      '2251797b-a7fb-428a-974c-150adb84c599',
      '2017-05',
    ),
  ].map((f) => [f.path.slice('ons-lookups/'.length), f]),
);

export const POPULATION: SharedFile = {
  path: 'ons-population/lsoa11-population-mid2020.csv',
  source: {
    title: 'Lower layer Super Output Area population estimates, mid-2020 (total persons)',
    url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/lowersuperoutputareamidyearpopulationestimates',
    publisher: ONS,
    date: '2020',
    via: 'https://github.com/vis4sds/vis4sds (commit d6559936b39b), files/csv/lsoa_pop.csv',
    note: 'Mid-2020 estimates (reference date 30 June 2020), total persons by 2011 LSOA; figures summed over LSOAs are labelled "mid-2020 estimate".',
  },
};

export const POPULATION_LABEL = 'mid-2020 estimate';

export const BOUNDARIES_DIR = 'lsoa-2011-boundaries';

export const BOUNDARIES: Source = {
  title: 'Lower Layer Super Output Areas (December 2011) Generalised Clipped Boundaries in England and Wales',
  url: 'https://geoportal.statistics.gov.uk/',
  publisher: ONS,
  date: '2011-12',
  via: 'https://github.com/martinjc/UK-GeoJSON (commit 88339000fc87), json/statistical/eng/lsoa_by_lad/, converted to GeoJSON by Martin Chorley',
  note: 'Contains OS data © Crown copyright and database right 2016.',
};

/** The line every derived map and file carries (../shared/data/README.md). */
export const ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2016.';

/** Names the file and where to get it, for a "missing input" message. */
export function describeSharedFile(file: SharedFile): string {
  const s = file.source;
  return `${s.title} (${s.publisher}, ${s.url}${s.via ? `; copy used: ${s.via}` : ''})`;
}
