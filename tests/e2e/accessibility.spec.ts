// axe-core finds no violations on the student pages, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';

async function expectNoViolations(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: the buttons' colour transition (150 ms) is skipped, so axe never measures a
    // colour half-way from the other scheme (a flaky contrast fault on the header's links, once).
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary, `${name} (${colorScheme})`).toEqual([]);
  }
}

test('library, reader, player, feedback, results, review and progress have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expectNoViolations(page, 'library');
  await page.goto('/sets/putin-north-korea-first-set?evidence=1');
  await expectNoViolations(page, 'reader');
  await page.goto('/sign-in');
  await expectNoViolations(page, 'sign-in');
  await signUp(page, { name: 'Axe Student', email: uniqueEmail('axe'), password: 'axe-pass-123', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/sets/putin-north-korea-first-set');
  await page.getByRole('button', { name: 'Practice' }).click();
  await expect(page.locator('#question-heading')).toBeVisible();
  await expectNoViolations(page, 'player');
  for (let i = 0; i < 30; i++) {
    if (await page.getByRole('radio').first().isVisible()) break;
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('[aria-live="polite"]').first()).toContainText(/Right!|Not quite/);
  await expectNoViolations(page, 'feedback');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expectNoViolations(page, 'results');
  await page.goto('/review');
  await expectNoViolations(page, 'review');
  await page.goto('/progress');
  await expectNoViolations(page, 'progress');
});
