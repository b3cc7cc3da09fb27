'use client';

/** Opens the browser's print dialog: the secondary way to a paper or PDF copy of the media kit. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-semibold text-stone-900 hover:bg-stone-50 print:hidden"
    >
      {label}
    </button>
  );
}
