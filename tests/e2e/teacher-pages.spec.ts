import { expect, test, type Page } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';

async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}-light.png`, fullPage: true });
    // Nothing wider than the screen: a phone never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px`).toBeLessThanOrEqual(width);
  }
}

test('the sets list, import page and account page fit a phone and a desktop', async ({ page }) => {
  await signUp(page, { name: 'Layout Teacher', email: uniqueEmail('layout'), password: 'teacher-pass-3', role: 'teacher' });
  await expect(page).toHaveURL(/\/teach$/);
  await page.goto('/teach/sets');
  await expect(page.getByText('No sets yet')).toBeVisible();
  await shoot(page, 'teacher-sets');
  await page.goto('/teach/sets/import');
  await expect(page.getByRole('heading', { name: 'Import questions' })).toBeVisible();
  await shoot(page, 'import');
  await page.goto('/account');
  await expect(page.getByRole('link', { name: /Download your data/ })).toBeVisible();
  await shoot(page, 'account');
});
