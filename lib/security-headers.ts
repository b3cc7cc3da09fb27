/**
 * Security headers. Pages get a per-request nonce policy from proxy.ts; everything else (API, OG image,
 * static files) a fixed one that allows nothing to run. No third-party origin appears anywhere.
 */

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`.trim())
    .join('; ');
}

export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return policy({
    'default-src': "'self'",
    // 'strict-dynamic' lets Next's nonced loader pull in its own chunks; development needs eval for React's debugging.
    'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // Next inlines the stylesheet without a nonce, so styles (never scripts) may be inline; with no
    // third-party origin allowed anywhere, injected CSS has nowhere to send anything.
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': "'self'",
    // The TikTok import reads files in a Web Worker built from this origin's own chunks.
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

/** For responses that are not HTML pages: nothing may run, nothing may frame them. */
export const LOCKED_DOWN_POLICY = policy({
  'default-src': "'none'",
  'img-src': "'self'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
});

/**
 * For the build's script files: as locked down, except that a Web Worker started from one (the TikTok
 * import's reader) may load the build's other chunks. A worker takes its policy from its own script's
 * response, and with `default-src 'none'` it could load nothing.
 */
export const STATIC_SCRIPT_POLICY = policy({
  'default-src': "'none'",
  'script-src': "'self'",
  'img-src': "'self'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
});

/** Headers every response carries. */
export const COMMON_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
