/**
 * The other names people type for a place: short forms in everyday use ("Hull" for Kingston upon
 * Hull, "Stoke" for Stoke-on-Trent), and names without their "Royal" ("Tunbridge Wells"). Spellings that differ only in punctuation, case, accents, "St" or
 * "Saint", "on" or "upon" need no entry: the search normalises them (src/client/finder/search.ts).
 * These are common usage, not ONS names: each alias is searched, never shown as the place's name.
 */
import { normalise as nameKey } from '../../src/client/finder/normalise.ts';

/** Official name (as nameKey gives it) → the short forms people use. */
const SHORT_FORMS: Record<string, string[]> = {
  'kingston on hull': ['Hull'],
  'stoke on trent': ['Stoke'],
  'newcastle on tyne': ['Newcastle'],
  'brighton and hove': ['Brighton', 'Hove'],
  'southend on sea': ['Southend'],
  'weston super mare': ['Weston'],
  'stockton on tees': ['Stockton'],
  'burton on trent': ['Burton'],
  'kingston on thames': ['Kingston'],
  'richmond on thames': ['Richmond'],
  'barrow in furness': ['Barrow'],
  'berwick on tweed': ['Berwick'],
  'ashby de la zouch': ['Ashby'],
  'great yarmouth': ['Yarmouth'],
  'clacton on sea': ['Clacton'],
  'letchworth garden city': ['Letchworth'],
  'welwyn garden city': ['Welwyn'],
  'hemel hempstead': ['Hemel'],
  'kings lynn': ['Lynn'],
  'bury st edmunds': ['Bury'],
  'newcastle under lyme': ['Newcastle'],
  'milton keynes': ['MK'],
  'bournemouth christchurch and poole': ['BCP'],
  'city of westminster': ['Westminster'],
  'city of london': ['The City', 'Square Mile'],
  'county durham': ['Durham'],
  'leamington spa': ['Leamington'],
  'stratford on avon': ['Stratford'],
  'wotton under edge': ['Wotton'],
  'sutton coldfield': ['Royal Sutton Coldfield'],
  'royal tunbridge wells': ['Tunbridge Wells'],
  'royal leamington spa': ['Leamington Spa', 'Leamington'],
  'royal wootton bassett': ['Wootton Bassett'],
};

export function shortForms(name: string): string[] {
  const out = SHORT_FORMS[nameKey(name)] ?? [];
  return [...new Set(out)].filter((a) => nameKey(a) !== nameKey(name));
}
