import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';

const BROKEN = `// A teacher's quiz with a missing brace
::Capital:: What is the capital of North Korea? {
=Pyongyang
~Seoul
~Wonsan

::Leader:: Who leads North Korea? {=Kim Jong Un ~Kim Hong-kyun ~Yuri Ushakov}
`;
const FIXED = BROKEN.replace('~Wonsan\n', '~Wonsan\n}\n');

test('a teacher exports a set as GIFT, prints it, imports a GIFT file (an error names its line; nothing is created), fixes it and publishes', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: 'Moodle Teacher', email: uniqueEmail('moodle'), password: 'teacher-pass-6', role: 'teacher' });
  await expect(page).toHaveURL(/\/teach$/);

  await page.goto('/sets/putin-north-korea-first-set');
  await page.getByRole('link', { name: 'Answer key, export and assign' }).click();
  await expect(page.getByRole('heading', { name: 'Export and print' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'GIFT', exact: true }).click();
  const gift = readFileSync((await (await download).path())!, 'utf8');
  expect((await download).suggestedFilename()).toMatch(/\.gift\.txt$/);
  expect(gift).toContain('::');
  expect(gift.match(/\{/g)!.length).toBeGreaterThanOrEqual(25);

  await page.getByRole('link', { name: 'Printable worksheet and answer key' }).click();
  await expect(page.getByRole('heading', { name: /^Answer key:/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/print-${width}-light.png`, fullPage: true });
  }
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/teach/sets/import');
  await page.getByLabel('New set title').fill('Imported quiz');
  await page.getByLabel('Questions', { exact: true }).fill(BROKEN);
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText(/Line \d+:.*Nothing was imported/);
  await page.goto('/teach/sets');
  await expect(page.getByText('No sets yet')).toBeVisible();

  await page.goto('/teach/sets/import');
  await page.getByLabel('New set title').fill('Imported quiz');
  await page.getByLabel('Questions', { exact: true }).fill(FIXED);
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.getByText('Imported 2 questions into a draft set')).toBeVisible();
  await page.getByRole('link', { name: 'Review the imported questions' }).click();
  await expect(page.getByRole('heading', { name: 'Review drafts' })).toBeVisible();
  await expect(page.getByText('What is the capital of North Korea?')).toBeVisible();
  await page.getByRole('button', { name: 'Approve all 2 to review' }).click();
  await page.getByRole('button', { name: 'Publish 2 approved questions' }).click();
  await expect(page.getByText('Published as version 1')).toBeVisible();
});
