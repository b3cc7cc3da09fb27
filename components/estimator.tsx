'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Activity, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { CreatorProfile, Locale, ProfileField } from '@/lib/rules';
import { DEFAULT_PROFILE, defaultCurrencyFor } from '@/lib/rules/profile-fields';
import { buildProfileQuery, fieldTexts } from '@/lib/profile-text';
import type { ParamIssue } from '@/lib/share-link';
import type { Live } from './load-live';
import { useLive } from './use-live';
import { ExampleButtons } from './example-buttons';
import { LinkNotices } from './link-notices';
import { NumbersBar } from './numbers-bar';
import { useDebounced } from '@/lib/use-debounced';
import { useAfterPaint } from '@/lib/use-after-paint';
import { notePageQuery, replaceUrl } from '@/lib/page-query';
import { createShareStore, ShareActions, ShareContext } from './share-actions';
import { StatsForm, type CountryOption } from './stats-form';
import { TikTokImport } from './tiktok-import';

type Props = {
  initialProfile: CreatorProfile;
  /**
   * `initialProfile` as the form shows it, written by the server: the first number formatter a browser
   * builds costs tens of milliseconds on a phone, which hydration should not pay.
   */
  initialTexts: Record<ProfileField, string>;
  linkIssues: ParamIssue[];
  /**
   * "The rules have changed since this link was made ...", written by the server, or null when the link's
   * ruleset version is today's (or it named none).
   */
  rulesChangedNotice: string | null;
  /** The version of the rules the page evaluates with. */
  rulesetVersion: string;
  asOf: string;
  countries: readonly CountryOption[];
  /** The results of `initialProfile`, rendered by the server: shown until the creator edits something. */
  initialResults: ReactNode;
  /**
   * When the link carries stats, the line of the bar the form folds into on a phone (the answer comes
   * first), written by the server; null on an empty page.
   */
  foldedLine: string | null;
};

/**
 * The calculator: form state in, results out, the URL kept in step. The first results come from the
 * server, so the page has little to hydrate; from the first edit on, the browser evaluates every change
 * itself, with no round trip.
 */
export function Estimator({ initialProfile, initialTexts, linkIssues, rulesChangedNotice, rulesetVersion, asOf, countries, initialResults, foldedLine }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations();
  const [profile, setProfile] = useState(initialProfile);
  const [texts, setTexts] = useState(initialTexts);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [issues, setIssues] = useState(linkIssues);
  const [edited, setEdited] = useState(false);
  const [summary, setSummary] = useState('');
  const { live, box, liveFailed, startLoading } = useLive(locale, { texts: initialTexts, profile: initialProfile, asOf }, t);
  /**
   * Fields typed into but not yet checked, with their latest text: the schema comes with the engine's
   * chunk, so on a slow connection (or after a failed load) keystrokes wait for it. Whatever loads the
   * chunk checks them all; an example clears them, since it replaces what was typed.
   */
  const unchecked = useRef(new Map<ProfileField, string>());
  /**
   * The field being typed into and its value before the creator started on it. While it does not
   * parse, the results use that value, not a prefix on the way ("15" on the way to a mistyped "150").
   */
  const editing = useRef<{ field: ProfileField; before: CreatorProfile[ProfileField] } | null>(null);
  const latestProfile = useRef(profile);
  useEffect(() => {
    latestProfile.current = profile;
  });

  /*
   * Each keystroke paints the field at once; the results follow in a render of their own, which the next
   * keystroke may interrupt (on a fast typist's phone the results skip to the latest numbers). The live
   * results replace the server's in that render, and the URL follows it.
   */
  const shown = useAfterPaint(useMemo(() => ({ profile, edited, errors }), [profile, edited, errors]));
  const { profile: shownProfile, edited: shownEdited } = shown;
  const shownQuery = useMemo(() => buildProfileQuery(shownProfile, rulesetVersion), [shownProfile, rulesetVersion]);
  useEffect(() => {
    // A shared link stays as opened until the creator changes something; then the URL follows the
    // results on screen, written with them, after the keystroke has painted.
    if (shownEdited) replaceUrl(window.location.pathname, shownQuery);
  }, [shownQuery, shownEdited]);

  /** Checks every field typed into since the schema was last at hand: a valid value goes into the profile. */
  const checkTyped = useCallback(
    ({ parseField }: Live) => {
      for (const [field, text] of unchecked.current) {
        const parsed = parseField(field, text);
        if (parsed.ok) {
          const current = latestProfile.current;
          // A currency the creator never picked follows the country, as it does in a link without one.
          const follows = field === 'country' && current.currency === defaultCurrencyFor(current.country) && !unchecked.current.has('currency');
          const currency = follows ? defaultCurrencyFor(parsed.value as string) : undefined;
          setProfile((latest) => ({ ...latest, [field]: parsed.value, ...(currency && { currency }) }));
          if (currency) setTexts((latest) => ({ ...latest, currency }));
          setErrors((latest) => ({ ...latest, [field]: undefined }));
        } else {
          const before = editing.current?.field === field ? editing.current : null;
          if (before) setProfile((current) => ({ ...current, [field]: before.before }));
          setErrors((current) => ({ ...current, [field]: parsed.message }));
        }
      }
      unchecked.current.clear();
    },
    [],
  );

  const onChange = useCallback(
    (field: ProfileField, text: string) => {
      if (editing.current?.field !== field) editing.current = { field, before: latestProfile.current[field] };
      setEdited(true);
      setTexts((current) => ({ ...current, [field]: text }));
      setIssues((current) => current.filter((issue) => issue.field !== field));
      unchecked.current.set(field, text);
      // Checked as soon as the schema is there (normally it already is: it loads while the creator reads).
      startLoading(true, checkTyped);
    },
    [startLoading, checkTyped],
  );

  /** Shows a whole profile at once: an example, or the one a Back or Forward step returns to. */
  const showProfile = useCallback(
    (next: CreatorProfile) => {
      setEdited(true);
      startLoading(true);
      unchecked.current.clear();
      editing.current = null;
      setProfile(next);
      setTexts(fieldTexts(next, locale));
      setErrors({});
      setIssues([]);
    },
    [locale, startLoading],
  );

  function loadExample(values: Partial<CreatorProfile>) {
    const next = { ...DEFAULT_PROFILE, currency: defaultCurrencyFor(values.country ?? DEFAULT_PROFILE.country), ...values };
    // A step in history of its own: Back returns to what the creator had typed.
    const query = buildProfileQuery(next, rulesetVersion);
    // What was typed keeps its own step, even if the URL had not caught up with the last keystroke yet.
    if (edited) replaceUrl(window.location.pathname, buildProfileQuery(profile, rulesetVersion));
    // Through Next.js (state null, as it documents), which gives the step its own router state.
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    notePageQuery(query);
    showProfile(next);
  }

  useEffect(() => {
    // Back and Forward between examples and what was typed: the URL holds the profile.
    const onPopState = () => {
      notePageQuery(window.location.search.slice(1));
      startLoading(true, (loaded) => showProfile(loaded.parseProfileQuery(new URLSearchParams(window.location.search)).profile));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [showProfile, startLoading]);

  /**
   * Imported numbers go in as if the creator had typed them: shown the form's way, checked by the same
   * schema. Returns what puts the form back as it was.
   */
  function importFields(fields: Partial<CreatorProfile>): () => void {
    const before = { profile, texts, errors, issues };
    const imported = fieldTexts({ ...profile, ...fields }, locale);
    for (const field of Object.keys(fields) as ProfileField[]) onChange(field, imported[field]);
    return () => {
      unchecked.current.clear();
      setProfile(before.profile);
      setTexts(before.texts);
      setErrors(before.errors);
      setIssues(before.issues);
    };
  }

  const errorCount = Object.values(errors).filter(Boolean).length;
  // Only what the creator changed is announced: the results built before the first edit say what the page shows.
  const announcement = useDebounced(edited ? summary : '', 1000);
  // The link to share follows the results on screen, in their render, not in the keystroke's.
  const shownErrorCount = Object.values(shown.errors).filter(Boolean).length;
  const [share] = useState(() => createShareStore({ query: shownQuery, fieldsWithErrors: shownErrorCount }));
  useLayoutEffect(() => share.set({ query: shownQuery, fieldsWithErrors: shownErrorCount }), [share, shownQuery, shownErrorCount]);
  // The same element on every render, so the results need not re-render for it: the actions read the
  // current link from ShareContext, whatever their props say.
  const [actions] = useState(() => <ShareActions query={shownQuery} fieldsWithErrors={0} />);
  const showLive = shownEdited && live !== null;
  const attachBox = useCallback((slot: HTMLDivElement | null) => {
    if (slot && box) slot.appendChild(box);
  }, [box]);

  return (
    <ShareContext.Provider value={share}>
      <div className="lg:grid lg:grid-cols-[22rem_minmax(0,1fr)] lg:gap-8">
        <LinkNotices issues={issues} rulesChangedNotice={rulesChangedNotice} />
        <aside className="mb-8 lg:mb-0">
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:px-1 lg:pb-6">
            <NumbersBar initialLine={foldedLine} edited={shownEdited ? shownProfile : null} countries={countries}>
              <h2 className="text-xl font-semibold">{t('estimator.yourStats')}</h2>
              <ExampleButtons onPick={loadExample} />
              <TikTokImport onImport={importFields}>
                <StatsForm texts={texts} profile={profile} errors={errors} countries={countries} onChange={onChange} />
              </TikTokImport>
            </NumbersBar>
          </div>
        </aside>

        <div className="min-w-0" data-testid="results" data-stale={errorCount > 0 ? 'true' : undefined}>
          <p className="sr-only" aria-live="polite">
            {announcement}
          </p>
          {errorCount > 0 && (
            <p role="status" className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
              {t('estimator.stale')}
            </p>
          )}
          {liveFailed && (
            <p role="alert" className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
              {t('estimator.offline')}
            </p>
          )}
          {showLive ? <div ref={attachBox} /> : initialResults}
          {live &&
            box &&
            createPortal(
              // Hidden, the results are rendered (at the lowest priority) but run no effects: nothing observes,
              // announces or measures until they are in the page.
              <Activity mode={showLive ? 'visible' : 'hidden'}>
                <live.LiveResults
                  profile={shownProfile}
                  asOf={asOf}
                  countries={countries}
                  ruleset={live.ruleset}
                  actions={actions}
                  onSummary={setSummary}
                />
              </Activity>,
              box,
            )}
        </div>
      </div>
    </ShareContext.Provider>
  );
}
