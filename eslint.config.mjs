import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['node_modules/**', '.next/**', 'generated/**', 'test-results/**', 'playwright-report/**', '.data/**', 'next-env.d.ts'],
  },
  {
    files: ['questions/**/*.ts'],
    rules: {
      // The engine is pure TypeScript: no framework or database imports.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['next', 'next/*', 'react', 'react-dom', '@/generated/*', '@prisma/*', '@/lib/*'], message: 'questions/ is pure: no Next, React, Prisma or lib imports.' }] },
      ],
    },
  },
];

export default config;
