import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { GuestImporter } from '@/components/player/guest-importer';
import { SiteHeader } from '@/components/site-header';
import { getCurrentUser } from '@/lib/auth/current-user';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'newsquiz', template: '%s · newsquiz' },
  description: 'Study current affairs: question sets from the facts of news articles, with the sentence that proves each answer.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {user ? <GuestImporter /> : null}
          {children}
        </main>
      </body>
    </html>
  );
}
