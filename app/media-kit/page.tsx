import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaKit } from '@/components/media-kit';
import { PrintButton } from '@/components/print-button';
import { evaluateProfile, sponsoredRates, todayIso } from '@/lib/rules';
import { parseMediaKitQuery } from '@/lib/media-kit-link';
import { buildProfileQuery, parseProfileQuery } from '@/lib/share-link';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { details } = parseMediaKitQuery(await searchParams);
  return {
    title: `${details.name || 'Creator'} media kit | Can I earn on TikTok yet?`,
    description: 'Audience, engagement and suggested rates for sponsored TikTok videos.',
    robots: { index: false },
  };
}

/** /media-kit?<result link>&name=&handle=&bio=&tiers=1: a print-ready media kit for brands. */
export default async function MediaKitPage({ searchParams }: Props) {
  const query = await searchParams;
  const { profile, issues } = parseProfileQuery(query);
  const { details, issues: kitIssues } = parseMediaKitQuery(query);
  const result = evaluateProfile(profile, todayIso());
  const allIssues = [...issues, ...kitIssues];
  return (
    <main className="min-h-screen bg-stone-100 px-4 py-6 print:bg-white print:p-0">
      <div className="mx-auto mb-4 flex max-w-[190mm] flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/?${buildProfileQuery(profile, result.rulesetVersion)}`} className="text-sm underline">
          Back to your results
        </Link>
        <PrintButton />
      </div>
      {allIssues.length > 0 && (
        <div role="alert" className="mx-auto mb-4 max-w-[190mm] rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 print:hidden">
          <p className="font-semibold">Some values in this link could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {allIssues.map((issue) => (
              <li key={issue.field} className="break-words">{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      <MediaKit result={result} rates={sponsoredRates(profile)} details={details} />
    </main>
  );
}
