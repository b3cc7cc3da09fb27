import type { MetadataRoute } from 'next';
import en from '@/messages/en.json';

/** The web app manifest (/manifest.webmanifest): the calculator installs on a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: en.meta.siteName,
    short_name: 'Earn on TikTok?',
    description: en.meta.description,
    // `/` opens the page in the phone's language (Accept-Language).
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#1c1917',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
