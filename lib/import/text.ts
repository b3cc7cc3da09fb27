// Text folding shared by the month and territory lookups, so "Août", "AOUT" and "aout" meet.

// Zero of each decimal digit block a Studio date might use (Arabic-Indic, Persian, Devanagari, Bengali,
// Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer, full width).
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0x17e0, 0xff10,
];

/** Replaces digits of other scripts with ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

// Accents of Latin, Greek and Cyrillic letters after decomposition. Only these blocks are dropped: the
// vowel signs of Thai and Indic scripts are combining marks too, but dropping them merges month names
// (Thai "ม.ค." January and "มี.ค." March).
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\p{Cf}]/gu;

/**
 * Lower case, without accents, invisible marks or punctuation, single spaces: the form both sides of a
 * lookup are put in, so the comparison is case- and accent-insensitive.
 */
export function foldText(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * A name safe to show in a notice: no markup or control characters, at most `max` characters.
 * Cell text never reaches a message except through this (territory names, file names).
 */
export function safeName(text: string, max = 60): string {
  const clean = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>"'`\\{}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
