'use client';

/** Opens the browser's print dialog, where "Save as PDF" gives the media kit as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700 print:hidden"
    >
      {label}
    </button>
  );
}
