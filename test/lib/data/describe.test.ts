/** The words for split councils: rounded people, neighbourhood counts, and which part is where. */
import { describe, expect, it } from 'vitest';
import { aboutPeople, neighbourhoods, partLabel, splitSentence } from '../../../src/lib/data/describe.ts';

describe('aboutPeople', () => {
  it.each([
    [33_604, 'about 34,000 people'],
    [807_183, 'about 810,000 people'],
    [1_749, 'about 1,700 people'],
    [56_550_138, 'about 57 million people'],
    [2_558_062, 'about 2.6 million people'],
    [1_107_563, 'about 1.1 million people'],
    [1, '1 person'],
    [42, '42 people'],
  ])('%i → %s', (n, text) => expect(aboutPeople(n)).toBe(text));
});

describe('splitSentence', () => {
  const glossop = { lsoas: 21, population: 33_604, places: ['Glossop'], areaName: 'Greater Manchester' };
  const rest = { lsoas: 38, population: 59_029, places: ['Buxton', 'New Mills'], areaName: 'Derbyshire' };

  it('from the side of the smaller part: names it by its town, and where the rest is', () => {
    expect(splitSentence({ council: 'High Peak', here: glossop, elsewhere: [rest] })).toBe(
      'The Glossop part of High Peak (21 neighbourhoods, about 34,000 people) is in Greater Manchester; the rest of High Peak is in Derbyshire.',
    );
  });

  it('from the side of the larger part: "most of", and the other part by its town', () => {
    expect(splitSentence({ council: 'High Peak', here: rest, elsewhere: [glossop] })).toBe(
      'Most of High Peak (38 neighbourhoods, about 59,000 people) is in Derbyshire; the Glossop part (21 neighbourhoods, about 34,000 people) is in Greater Manchester.',
    );
  });

  it('a part without a town is a rural part; no sentence has a double full stop or nested brackets', () => {
    const s = splitSentence({ council: 'Aylesbury Vale', here: { lsoas: 4, population: 6_900, places: [], areaName: 'Milton Keynes, Bedfordshire and Luton' }, elsewhere: [{ lsoas: 100, population: 190_000, places: ['Aylesbury'], areaName: 'Buckinghamshire, Oxfordshire and Berkshire West' }] });
    expect(s).toMatch(/^A rural part of Aylesbury Vale \(4 neighbourhoods, about 6,900 people\)/);
    expect(s).not.toMatch(/\.\.|\([^)]*\(/);
  });

  it('partLabel says "most of" for the majority part', () => {
    expect(partLabel('High Peak', rest, [rest, glossop])).toBe('most of High Peak');
    expect(partLabel('High Peak', glossop, [rest, glossop])).toBe('the Glossop part of High Peak');
    expect(neighbourhoods(1)).toBe('1 neighbourhood');
  });
});
