import { COUNTRY_CODES, type CountryCode } from '../rules/countries';
import { DATE_LOCALES } from './months';
import { foldText } from './text';

/**
 * English spellings that Intl's region names do not produce (checked against Node 20's ICU) but exports
 * made under older names, official long names and everyday short forms use. Each says why.
 */
const ALIASES: Record<string, CountryCode> = {
  uk: 'GB', // the usual short form; `UK` is not an ISO code
  'great britain': 'GB', // older English name
  usa: 'US', // short form Intl does not write
  'united states of america': 'US', // the long form
  turkey: 'TR', // Intl now writes "Türkiye"; older data and people write Turkey
  'czech republic': 'CZ', // Intl writes "Czechia"
  'hong kong': 'HK', // Intl's long form is "Hong Kong SAR China"
  macau: 'MO', // Intl writes "Macao (SAR China)"
  'ivory coast': 'CI', // Intl writes "Côte d’Ivoire"
  burma: 'MM', // Intl writes "Myanmar (Burma)"; the parenthesis is dropped below, this is the other half
  swaziland: 'SZ', // renamed Eswatini in 2018
  macedonia: 'MK', // renamed North Macedonia in 2019
  'east timor': 'TL', // Intl writes "Timor-Leste"
  'cabo verde': 'CV', // the official name; Intl writes "Cape Verde"
  vatican: 'VA', // Intl writes "Vatican City"
  'holy see': 'VA', // the official name
  'russian federation': 'RU', // the official name; Intl writes "Russia"
  'republic of korea': 'KR', // the official name; Intl writes "South Korea"
  'korea republic of': 'KR', // ISO's own "Korea, Republic of"
  'viet nam': 'VN', // the official name; Intl writes "Vietnam"
  'democratic republic of the congo': 'CD', // Intl writes "Congo - Kinshasa"
  'republic of the congo': 'CG', // Intl writes "Congo - Brazzaville"
  'the netherlands': 'NL', // with the article people often add
};

/** "Others" and its translations: the share of followers TikTok does not break down, counted in the rest. */
const OTHERS = [
  'others', 'other', 'outros', 'outras', 'otros', 'otras', 'autres', 'andere', 'sonstige', 'altri', 'altro', 'overige',
  'lainnya', 'lain lain', 'khác', 'другие', 'прочие', 'інші', 'diğer', 'inne', 'pozostałe', 'ostatní', 'andre', 'övriga',
  'muut', 'άλλα', 'άλλες', 'egyéb', 'altele', 'อื่นๆ', 'その他', '其他', '기타', 'أخرى', 'אחר', 'دیگر', 'अन्य',
];

let names: Map<string, CountryCode> | undefined;
let others: Set<string> | undefined;

function addName(map: Map<string, CountryCode>, name: string, code: CountryCode): void {
  for (const variant of [name, name.replace(/\s*\([^)]*\)/g, '')]) {
    const folded = foldText(variant);
    if (!folded || map.has(folded)) continue;
    map.set(folded, code);
    if (folded.startsWith('st ')) map.set(`saint ${folded.slice(3)}`, code);
  }
}

/**
 * Territory name -> ISO code, from Intl's region names in every supported language (long and short),
 * built on first use and kept. Where two languages disagree the first mapping (codes, aliases, then
 * languages in `DATE_LOCALES` order) stays.
 */
function territoryNames(): Map<string, CountryCode> {
  if (names) return names;
  const map = new Map<string, CountryCode>();
  for (const code of COUNTRY_CODES) map.set(code.toLowerCase(), code);
  for (const [alias, code] of Object.entries(ALIASES)) map.set(foldText(alias), code);
  for (const locale of Intl.DisplayNames.supportedLocalesOf([...DATE_LOCALES])) {
    for (const style of ['long', 'short'] as const) {
      try {
        const display = new Intl.DisplayNames(locale, { type: 'region', style });
        for (const code of COUNTRY_CODES) {
          const name = display.of(code);
          if (name && name !== code) addName(map, name, code);
        }
      } catch {
        // Partial Intl data: this language's names are missing, the others still work.
      }
    }
  }
  names = map;
  return map;
}

/** What a territory cell names: a country, the "Others" rest, or something unknown. */
export function resolveTerritory(name: string): CountryCode | 'others' | undefined {
  const folded = foldText(name);
  if (!folded) return undefined;
  others ??= new Set(OTHERS.map(foldText));
  if (others.has(folded)) return 'others';
  return territoryNames().get(folded);
}
