import type { MediaKitContent } from '@/lib/media-kit-content';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 p-3 break-inside-avoid">
      <dt className="text-sm break-words text-stone-600">{label}</dt>
      {/* Long counts (150,000,000) get a smaller size on a phone, and may break rather than overflow. */}
      <dd className={`${value.length > 7 ? 'text-lg sm:text-2xl' : 'text-2xl'} font-semibold [overflow-wrap:anywhere] text-stone-900`}>{value}</dd>
      {note && <dd className="text-xs text-stone-600">{note}</dd>}
    </div>
  );
}

/**
 * A one- to two-page media kit a creator can send to a brand, print-ready. It lays out what
 * `mediaKitContent` says (the PDF lays out the same), which holds only numbers the creator gave.
 */
export function MediaKit({ content }: { content: MediaKitContent }) {
  const { headings, stats, audienceLines, rates } = content;
  return (
    <article className="mx-auto max-w-[190mm] bg-white p-4 text-stone-900 shadow-sm print:max-w-none print:p-0 print:shadow-none sm:p-10">
      <header className="border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight break-words" data-testid="kit-name">
          {content.name}
        </h1>
        <p className="mt-1 text-stone-700" data-testid="kit-subtitle">
          {content.handle && <span className="font-medium">@{content.handle}</span>}
          {content.handle && ' · '}
          {content.subtitle}
        </p>
        {content.bio && <p className="mt-3 max-w-prose break-words text-stone-800">{content.bio}</p>}
      </header>

      {(stats.length > 0 || audienceLines.length > 0) && (
        <section aria-labelledby="kit-audience" className="mt-5">
          <h2 id="kit-audience" className="text-lg font-semibold">{headings.audience}</h2>
          {stats.length > 0 && (
            <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4 print:grid-cols-4" data-testid="kit-stats">
              {stats.map((stat) => (
                <Stat key={stat.field} label={stat.label} value={stat.value} note={stat.note} />
              ))}
            </dl>
          )}
          {audienceLines.length > 0 && <p className="mt-2 text-sm text-stone-600">{audienceLines.join(' ')}</p>}
        </section>
      )}

      {rates && (
        <section aria-labelledby="kit-rates" className="mt-5 break-inside-avoid">
          <h2 id="kit-rates" className="text-lg font-semibold">{headings.rates}</h2>
          <table className="mt-2 w-full text-left text-xs sm:text-sm">
            <thead className="border-b border-stone-300">
              <tr>
                <th scope="col" className="py-1 pr-3">{headings.format}</th>
                <th scope="col" className="py-1 pr-3">{headings.range}</th>
                <th scope="col" className="py-1">{headings.startingPoint}</th>
              </tr>
            </thead>
            <tbody>
              {rates.rows.map((rate) => (
                <tr key={rate.format} className="border-b border-stone-100" data-format={rate.format}>
                  <th scope="row" className="py-1.5 pr-3 font-medium">{rate.label}</th>
                  <td className="py-1.5 pr-3 sm:whitespace-nowrap">{rate.range}</td>
                  <td className="py-1.5 whitespace-nowrap">{rate.startingPoint}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-sm text-stone-700" data-testid="kit-basis">{rates.basis}</p>
          <p className="mt-1 text-xs text-stone-600">{rates.shares}</p>
        </section>
      )}

      {content.methods && (
        <section aria-labelledby="kit-methods" className="mt-5 break-inside-avoid">
          <h2 id="kit-methods" className="text-lg font-semibold">{headings.methods}</h2>
          <p className="mt-1 text-sm">{content.methods}</p>
        </section>
      )}

      <footer className="mt-6 border-t border-stone-200 pt-3 text-xs text-stone-600">{content.footer}</footer>
    </article>
  );
}
