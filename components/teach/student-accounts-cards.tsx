'use client';

import { useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';

export type SignInCard = { name: string; username: string; password: string };

// Hides everything but the card sheet when printing: the sheet is a child of <body> (a portal), so
// the site header and the page behind it drop out without the layout knowing about printing.
const PRINT_ONLY_SHEET = '@media print { body > :not([data-card-sheet]) { display: none !important; } @page { margin: 12mm; } }';

function CardSheet({ cards, classLabel, signInUrl }: { cards: SignInCard[]; classLabel: string; signInUrl: string }) {
  return (
    <div data-card-sheet className="hidden bg-white text-black print:block">
      <style>{PRINT_ONLY_SHEET}</style>
      <p className="mb-3 text-xs text-slate-600">
        newsquiz sign-in cards · {classLabel} · cut along the dashed lines
      </p>
      <ul className="grid grid-cols-2 gap-3">
        {cards.map((card) => (
          <li key={card.username} className="break-inside-avoid rounded-lg border-2 border-dashed border-slate-400 p-4">
            <p className="text-xs text-slate-600">{classLabel}</p>
            <p className="mt-1 text-lg font-bold">{card.name}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-sm text-slate-600">Username</dt>
              <dd className="font-mono text-base font-semibold">{card.username}</dd>
              <dt className="text-sm text-slate-600">Password</dt>
              <dd className="font-mono text-base font-semibold">{card.password}</dd>
            </dl>
            <p className="mt-3 text-xs">
              Sign in at <span className="font-mono font-semibold break-all">{signInUrl}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Prints the cards from data the page already holds (the passwords exist nowhere else): the sheet
 * is mounted only while the print dialog is open, so two buttons on one page never print together.
 */
export function PrintCardsButton({
  cards,
  classLabel,
  signInUrl,
  label = 'Print sign-in cards',
  variant = 'primary',
}: {
  cards: SignInCard[];
  classLabel: string;
  signInUrl: string;
  label?: string;
  variant?: 'primary' | 'secondary' | 'ghost';
}) {
  const [printing, setPrinting] = useState(false);
  function print() {
    window.addEventListener('afterprint', () => setPrinting(false), { once: true });
    flushSync(() => setPrinting(true));
    window.print();
  }
  return (
    <>
      <Button type="button" variant={variant} onClick={print}>
        {label}
      </Button>
      {printing ? createPortal(<CardSheet cards={cards} classLabel={classLabel} signInUrl={signInUrl} />, document.body) : null}
    </>
  );
}
