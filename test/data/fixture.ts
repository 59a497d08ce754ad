/**
 * A tiny, valid data version for the dataset tests, built in code so each test can take a fresh
 * copy and break one thing. Real names, codes and facts of April 2017 (taken from
 * content/data/2017-04/), cut down to two footprints:
 *
 * - E54000007 Greater Manchester and E54000012 Derbyshire;
 * - upper-tier councils: Tameside E08000008 (whole, in Greater Manchester) and Derbyshire county
 *   E10000007, split between the two (the Glossop area of High Peak is in Greater Manchester), drawn
 *   in E54000012;
 * - lower-tier: High Peak E07000037 (district of Derbyshire), split the same way;
 * - CCGs: NHS Tameside and Glossop (E38000182, 01Y) and NHS Southern Derbyshire (E38000169, 04R);
 * - one acute trust per footprint; 2011 Census populations of the two districts; three places.
 */
import type {
  CcgRecord,
  CensusFile,
  CouncilRecord,
  FootprintRecord,
  Source,
  TrustRecord,
  VersionInfo,
} from '../../content/data/schema.ts';
import type { RawVersion } from '../../src/lib/data/types.ts';

/** The fixture's files with their real types, so tests can reach into them; assignable to RawVersion. */
export interface FixtureVersion extends RawVersion {
  'version.json': VersionInfo;
  'footprints.json': { footprints: FootprintRecord[] };
  'councils.json': { councils: CouncilRecord[] };
  'ccgs.json': { sources: { codes: Source; membership: Source }; ccgs: CcgRecord[] };
  'trusts.json': { trusts: TrustRecord[] };
  'census-2011.json': CensusFile;
  'places.csv': Record<'name' | 'lad_code' | 'lad_name' | 'ccg_code' | 'note', string>[];
}

/** The folder name the fixture's version.json matches. */
export const FIXTURE_VERSION = '2017-04';

export const GM = 'E54000007';
export const DERBYSHIRE_STP = 'E54000012';
export const TAMESIDE = 'E08000008';
export const DERBYSHIRE_COUNTY = 'E10000007';
export const HIGH_PEAK = 'E07000037';
export const TAMESIDE_GLOSSOP_CCG = 'E38000182';
export const SOUTHERN_DERBYSHIRE_CCG = 'E38000169';

const ccgToStp: Source = {
  title: 'Clinical Commissioning Group to STPs (April 2017) Lookup in England (Version 3)',
  url: 'https://data.gov.uk/dataset/dde597ef-d50b-474b-9711-efb8fc0906be/clinical-commissioning-group-to-stps-april-2017-lookup-in-england-version-3',
  publisher: 'Office for National Statistics',
  date: '2017-04',
};

const lsoaLookup: Source = {
  title:
    'Lower Layer Super Output Area (2011) to Clinical Commissioning Group to Local Authority District (April 2017) Lookup in England (Version 4)',
  url: 'https://data.gov.uk/dataset/d304a541-c315-42af-883f-558b8de9228c',
  publisher: 'Office for National Statistics',
  date: '2017-04',
};

const trustLookup: Source = {
  title: "Trust-STP lookup table (Trust-STP-lookup.csv): hospital trusts mapped to the 44 STPs of 2017/18, compiled from NHS England's 'View STPs' pages",
  url: 'https://github.com/HFAnalyticsLab/Winter_pressures/blob/master/Trust-STP-lookup.csv',
  publisher: 'The Health Foundation (data analytics team)',
  date: '2019-03-12',
};

const noRating = {
  value: null,
  reason:
    "The rating is either 'advanced' or 'making progress' (the five 'outstanding' and five 'needs most improvement' STPs are known), but no searchable source gave this footprint's rating.",
};

const noPopulation = {
  value: null,
  reason: 'No official population for this footprint (ONS mid-year estimate or NHS England footprint list) was found in searchable sources.',
};

/** A fresh, valid copy of the fixture version (every call builds new objects). */
export function validFixture(): FixtureVersion {
  return {
    'version.json': {
      version: FIXTURE_VERSION,
      title: 'Test fixture: two footprints of the April 2017 set',
      status: 'draft',
      expect: { footprints: 2, upperTierCouncils: 2, lowerTierCouncils: 1, ccgs: 2 },
      source: { ...ccgToStp },
    },
    'footprints.json': {
      footprints: [
        {
          code: GM,
          onsName: 'Greater Manchester',
          name: 'Greater Manchester',
          slug: 'greater-manchester',
          region: 'North',
          regionCode: 'E40000001',
          lead: {
            name: 'Sir Howard Bernstein',
            role: 'Chief Executive',
            organisation: 'Manchester City Council',
            organisationType: 'local authority',
            note: null,
            source: {
              title: 'Health and care bodies reveal the map that will transform healthcare in England',
              url: 'https://www.england.nhs.uk/2016/03/footprint-areas/',
              publisher: 'NHS England',
              date: '2016-03',
            },
          },
          rating: { ...noRating },
          population: { ...noPopulation },
          plan: {
            title: 'Greater Manchester Health and Social Care Partnership - NHS England STP page',
            url: 'https://www.england.nhs.uk/stps/view-stps/greater-manchester-stp/',
            date: 'undated',
          },
          sources: [{ ...ccgToStp }],
        },
        {
          code: DERBYSHIRE_STP,
          onsName: 'Derbyshire',
          name: 'Derbyshire',
          slug: 'derbyshire',
          region: 'Midlands and East',
          regionCode: 'E40000002',
          lead: {
            name: 'Gary Thompson',
            role: 'Chief Officer, NHS Southern Derbyshire Clinical Commissioning Group',
            organisation: 'NHS Southern Derbyshire CCG',
            organisationType: 'CCG',
            note: null,
            source: {
              title: "Healthcare in Derbyshire - section 'Sustainability and transformation plan'",
              url: 'https://en.wikipedia.org/wiki/Healthcare_in_Derbyshire',
              publisher: 'Wikipedia',
              date: 'undated',
            },
          },
          rating: { ...noRating },
          population: { ...noPopulation },
          plan: null,
          sources: [{ ...ccgToStp }],
        },
      ],
    },
    'councils.json': {
      councils: [
        {
          code: HIGH_PEAK,
          name: 'High Peak',
          tier: 'lower',
          parent: DERBYSHIRE_COUNTY,
          memberships: [
            { footprint: DERBYSHIRE_STP, whole: false, note: 'Rest of the district (North Derbyshire CCG).' },
            { footprint: GM, whole: false, note: 'Glossop area: 21 LSOAs in Tameside and Glossop CCG.' },
          ],
          source: { ...lsoaLookup },
        },
        {
          code: TAMESIDE,
          name: 'Tameside',
          tier: 'upper',
          parent: null,
          memberships: [{ footprint: GM, whole: true, note: null }],
          source: { ...lsoaLookup },
        },
        {
          code: DERBYSHIRE_COUNTY,
          name: 'Derbyshire',
          tier: 'upper',
          parent: null,
          memberships: [
            { footprint: DERBYSHIRE_STP, whole: false, note: 'All of the county except the Glossop area.' },
            { footprint: GM, whole: false, note: 'Glossop area of High Peak: 21 LSOAs in Tameside and Glossop CCG.' },
          ],
          drawnIn: DERBYSHIRE_STP,
          drawnInReason: 'The other part is only 21 LSOAs of High Peak; every other district lies in E54000012.',
          source: { ...lsoaLookup },
        },
      ],
    },
    'ccgs.json': {
      sources: {
        codes: {
          title: 'Clinical Commissioning Groups (April 2017) Names and Codes in England',
          url: 'https://geoportal.statistics.gov.uk/',
          publisher: 'Office for National Statistics',
          date: '2017-04',
        },
        membership: { ...ccgToStp },
      },
      ccgs: [
        { code: TAMESIDE_GLOSSOP_CCG, odsCode: '01Y', name: 'NHS Tameside and Glossop CCG', footprint: GM },
        { code: SOUTHERN_DERBYSHIRE_CCG, odsCode: '04R', name: 'NHS Southern Derbyshire CCG', footprint: DERBYSHIRE_STP },
      ],
    },
    'trusts.json': {
      trusts: [
        { odsCode: 'RMP', name: 'Tameside Hospital NHS Foundation Trust', type: 'acute', footprints: [GM], source: { ...trustLookup } },
        { odsCode: 'RTG', name: 'Derby Teaching Hospitals NHS Foundation Trust', type: 'acute', footprints: [DERBYSHIRE_STP], source: { ...trustLookup } },
      ],
    },
    'census-2011.json': {
      source: {
        title: 'How the population changed where you live: Census 2021 (ONS interactive article), field POP11',
        url: 'https://www.ons.gov.uk/visualisations/censuspopulationchange/',
        publisher: 'Office for National Statistics',
        date: 'undated',
      },
      year: '2011',
      basis: '2011 Census usual resident population',
      districts: [
        { code: HIGH_PEAK, name: 'High Peak', population: 90892 },
        { code: TAMESIDE, name: 'Tameside', population: 219324 },
      ],
    },
    'places.csv': [
      { name: 'Buxton', lad_code: HIGH_PEAK, lad_name: 'High Peak', ccg_code: '', note: 'src: ONS BUA-LAD lookup' },
      { name: 'Glossop', lad_code: HIGH_PEAK, lad_name: 'High Peak', ccg_code: TAMESIDE_GLOSSOP_CCG, note: 'src: Wikipedia Glossop' },
      { name: 'Hyde', lad_code: TAMESIDE, lad_name: 'Tameside', ccg_code: '', note: 'src: Wikipedia Tameside' },
    ],
  };
}

/** The fixture as parseDataset takes it. */
export function validRaw(): RawVersion {
  return validFixture();
}
