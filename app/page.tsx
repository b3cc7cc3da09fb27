import type { Metadata } from 'next';
import { Estimator } from '@/components/estimator';
import { COUNTRY_OPTIONS } from '@/lib/countries-list';
import { evaluateProfile, todayIso } from '@/lib/rules';
import { nextStepLine, summaryLine } from '@/lib/result-text';
import { buildProfileQuery, parseProfileQuery } from '@/lib/share-link';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { profile, version } = parseProfileQuery(await searchParams);
  const result = evaluateProfile(profile, todayIso());
  const query = buildProfileQuery(profile, version ?? result.rulesetVersion);
  const title = `${summaryLine(result)} | Can I earn on TikTok yet?`;
  const description = `${nextStepLine(result) ?? 'See what each method needs and what it could pay.'} Check every TikTok monetization method, requirement by requirement, with honest earning ranges and sources.`;
  const image = { url: `/og?${query}`, width: 1200, height: 630, alt: summaryLine(result) };
  return {
    title,
    description,
    openGraph: { title, description, images: [image], type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const { profile, issues, version } = parseProfileQuery(await searchParams);
  return (
    <main className="mx-auto max-w-7xl px-4 py-6 sm:py-10">
      <header className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Can I earn on TikTok yet?</h1>
        <p className="mt-2 text-stone-700">
          Enter your stats and see, requirement by requirement, which ways to earn you qualify for, what is missing,
          when you will get there and what each could pay, with the formula and sources shown.
        </p>
      </header>
      <Estimator
        initialProfile={profile}
        linkIssues={issues}
        linkVersion={version}
        asOf={todayIso()}
        countries={COUNTRY_OPTIONS}
      />
    </main>
  );
}
