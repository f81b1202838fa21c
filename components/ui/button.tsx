import type { ButtonHTMLAttributes } from 'react';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:opacity-60',
  secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
} as const;

const sizes = {
  md: 'min-h-10 px-4 py-2',
  // Header and toolbar buttons: tighter on phones so one row fits 390 px.
  compact: 'min-h-10 px-2.5 py-2 sm:px-4',
} as const;

export function buttonClass(variant: keyof typeof variants = 'primary', size: keyof typeof sizes = 'md') {
  return `inline-flex items-center justify-center gap-2 rounded-lg text-sm font-semibold transition-colors ${sizes[size]} ${variants[variant]}`;
}

export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}
