import { COUNTRY_CODES, type CountryCode } from '../rules/countries';
import { DATE_LOCALES } from './months';
import { foldText } from './text';

/**
 * Spellings that Intl's region names do not produce but TikTok, older Intl data or people use. Intl
 * writes "Türkiye", "Czechia", "Hong Kong SAR China", "Côte d’Ivoire", "Myanmar (Burma)", "Eswatini";
 * exports made under older names, and the usual English short forms, need these.
 */
const ALIASES: Record<string, CountryCode> = {
  uk: 'GB',
  'great britain': 'GB',
  usa: 'US',
  'united states of america': 'US',
  turkey: 'TR',
  'czech republic': 'CZ',
  'hong kong': 'HK',
  macau: 'MO',
  'ivory coast': 'CI',
  burma: 'MM',
  swaziland: 'SZ',
  macedonia: 'MK',
  'east timor': 'TL',
  'cabo verde': 'CV',
  vatican: 'VA',
  'holy see': 'VA',
  'russian federation': 'RU',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  'viet nam': 'VN',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  'the netherlands': 'NL',
};

/** "Others" and its translations: the share of followers TikTok does not break down, counted in the rest. */
const OTHERS = [
  'others', 'other', 'outros', 'outras', 'otros', 'otras', 'autres', 'andere', 'sonstige', 'altri', 'altro', 'overige',
  'lainnya', 'lain lain', 'khác', 'другие', 'прочие', 'інші', 'diğer', 'inne', 'pozostałe', 'ostatní', 'andre', 'övriga',
  'muut', 'άλλα', 'άλλες', 'egyéb', 'altele', 'อื่นๆ', 'その他', '其他', '기타', 'أخرى', 'أخرى', 'אחר', 'دیگر', 'अन्य',
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
