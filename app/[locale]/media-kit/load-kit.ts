import { getTranslations } from 'next-intl/server';
import { displayFor } from '@/lib/display';
import { translatorFor } from '@/lib/engine-translator';
import { mediaKitContent } from '@/lib/media-kit-content';
import { buildMediaKitQuery, givenFields, parseMediaKitQuery, type MediaKitMessages } from '@/lib/media-kit-link';
import type { QueryInput } from '@/lib/profile-text';
import { evaluateProfile, rulesetFor, sponsoredRates, todayIso, type Locale } from '@/lib/rules';
import { parseProfileQuery } from '@/lib/share-link';

/** The words of the messages about a bad name, username or bio, in the page's language. */
export async function kitMessages(locale: Locale): Promise<MediaKitMessages> {
  const [t, link] = await Promise.all([getTranslations({ locale, namespace: 'mediaKit' }), getTranslations({ locale, namespace: 'link' })]);
  return {
    tooLong: (field, max, input) => t('nameTooLong', { field, max, input }),
    badHandle: (input) => t('badHandle', { input }),
    leftOut: (message) => link('leftOut', { message }),
  };
}

/**
 * A media kit from its link, for the page and the PDF alike: the profile (parsed with the page's schema),
 * what was wrong with the link, which fields it gave, and what the kit says.
 */
export async function loadMediaKit(query: QueryInput, locale: Locale) {
  const [t, form] = await Promise.all([getTranslations({ locale, namespace: 'mediaKit' }), getTranslations({ locale, namespace: 'form' })]);
  const { profile, issues } = parseProfileQuery(query, locale, translatorFor(locale, 'validation'));
  const { details, issues: kitIssues } = parseMediaKitQuery(query, await kitMessages(locale));
  const given = givenFields(query, profile, issues.map((issue) => issue.field));
  const ruleset = rulesetFor(locale);
  const result = evaluateProfile(profile, todayIso(), ruleset);
  const content = mediaKitContent({
    result,
    rates: sponsoredRates(profile, ruleset),
    details,
    given,
    t,
    nicheName: (niche) => form(`options.niche.${niche}`),
    display: displayFor(locale),
  });
  return {
    profile,
    issues,
    details,
    kitIssues,
    given,
    result,
    content,
    /** The kit's own link: the given fields and the valid details, so its PDF link never fails. */
    kitQuery: buildMediaKitQuery(profile, given, result.rulesetVersion, details),
  };
}
