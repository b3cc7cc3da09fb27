'use client';

import { useState } from 'react';

/** Copies the share link of the current result; says so in a live region. */
export function CopyLinkButton({ getUrl }: { getUrl: () => string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    const url = getUrl();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Anyone who opens it sees this result.');
    } catch {
      setStatus(`Copy this link: ${url}`);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="rounded-md bg-stone-900 px-4 py-2 text-sm font-semibold text-white hover:bg-stone-700"
      >
        Copy link
      </button>
      <p role="status" className="text-sm text-stone-700 break-all">{status}</p>
    </div>
  );
}
