import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  // Link previews need absolute image URLs: set SITE_URL to the public address in production.
  metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  title: 'Can I earn on TikTok yet? Eligibility and earnings calculator',
  description:
    'Check, requirement by requirement, which TikTok monetization methods you qualify for, what is missing, when you will get there and what each could earn.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
