import { describe, expect, it } from 'vitest';
import { wholePercents } from './audience';
import { territoriesCsv } from './fixtures';
import { importTikTokData } from './index';
import { resolveTerritory } from './territory-names';

const audienceOf = async (rows: [string, number | string][]) => {
  const result = await importTikTokData([{ name: 'FollowerTopTerritories.csv', bytes: territoriesCsv(rows) }], { today: '2026-08-18' });
  return { audience: result.fields.audience, evidence: result.evidence[0], notices: result.notices };
};

describe('follower territories', () => {
  it.each([
    ['English', ['United States', 'United Kingdom', 'Germany', 'Others']],
    ['Portuguese', ['Estados Unidos', 'Reino Unido', 'Alemanha', 'Outros']],
    ['Vietnamese', ['Hoa Kỳ', 'Vương quốc Anh', 'Đức', 'Khác']],
    ['Spanish', ['Estados Unidos', 'Reino Unido', 'Alemania', 'Otros']],
    ['German', ['Vereinigte Staaten', 'Vereinigtes Königreich', 'Deutschland', 'Andere']],
    ['Japanese', ['アメリカ合衆国', 'イギリス', 'ドイツ', 'その他']],
    ['ISO codes', ['US', 'GB', 'DE', 'Others']],
    ['other casing and accents', ['UNITED STATES', 'united kingdom', 'GERMANY', 'OTHERS']],
  ])('reads names in %s', async (_, [us, gb, de, others]) => {
    const { audience, evidence, notices } = await audienceOf([[us!, 0.554], [gb!, 0.203], [de!, 0.101], [others!, 0.142]]);
    expect(audience).toBe('US:55,GB:20,DE:10');
    expect(evidence?.how).toEqual({ code: 'territories', values: { countries: 3, rest: 15 } });
    expect(notices).toEqual([]);
  });

  it('reads names TikTok writes differently from Intl', () => {
    expect(['Turkey', 'Türkiye', 'Hong Kong', 'Macau', 'Ivory Coast', 'Czech Republic', 'UK', 'Bosnia and Herzegovina', 'Saint Lucia'].map(resolveTerritory)).toEqual([
      'TR', 'TR', 'HK', 'MO', 'CI', 'CZ', 'GB', 'BA', 'LC',
    ]);
  });

  it('lists the largest first, drops 0% and never adds up to more than 100', async () => {
    const { audience } = await audienceOf([['DE', 0.004], ['FR', 0.336], ['US', 0.336], ['GB', 0.334]]);
    expect(audience).toBe('FR:34,US:33,GB:33');
  });

  it('gives the points lost to rounding to the largest remainders, capped at 100', () => {
    expect(wholePercents(new Map([['US', 0.556], ['GB', 0.447]]))).toEqual([['US', 55], ['GB', 45]]);
    expect(wholePercents(new Map([['US', 0.5], ['GB', 0.5]]))).toEqual([['GB', 50], ['US', 50]]);
    for (const split of [[0.333, 0.333, 0.334], [0.999, 0.001], [0.25, 0.25, 0.25, 0.2501]]) {
      const total = wholePercents(new Map(split.map((share, i) => [(['US', 'GB', 'DE', 'FR'] as const)[i]!, share]))).reduce((a, [, p]) => a + p, 0);
      expect(total).toBeLessThanOrEqual(100);
    }
  });

  it('counts unknown names in the rest and names them, cleaned, in a notice', async () => {
    const { audience, evidence, notices } = await audienceOf([['US', 0.6], ['Kosovo', 0.1], ['<script>alert(1)</script>Atlantis', 0.3]]);
    expect(audience).toBe('US:60');
    expect(evidence?.how.values).toEqual({ countries: 1, rest: 40 });
    expect(notices).toEqual([expect.objectContaining({ code: 'unknown-territory', values: { names: 'Kosovo, scriptalert(1)/scriptAtlantis', count: 2 } })]);
    expect(JSON.stringify(notices)).not.toContain('<');
  });

  it('refuses shares that add up to well over 100%', async () => {
    const { audience, notices } = await audienceOf([['US', 0.9], ['GB', 0.9]]);
    expect(audience).toBeUndefined();
    expect(notices).toEqual([expect.objectContaining({ code: 'value-out-of-range', values: { field: 'audience', value: 180, min: 0, max: 100 } })]);
  });

  it('refuses a share that is not a fraction', async () => {
    for (const bad of ['NaN', '1e309', '-0.2', '1.5', 'abc']) {
      const { audience, notices } = await audienceOf([['US', bad]]);
      expect(audience).toBeUndefined();
      expect(notices.map((n) => n.code)).toEqual(['bad-number']);
    }
  });

  it('reads shares written as percentages or with a decimal comma', async () => {
    expect((await audienceOf([['US', '55%'], ['GB', '0,2']])).audience).toBe('US:55,GB:20');
  });
});
