// Screenshots of every page at phone and desktop widths, light and dark, for people to look at.
import { expect, test, type Page } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';

const widths = [390, 1280] as const;
const schemes = ['light', 'dark'] as const;

async function shoot(page: Page, name: string) {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
}

test('screenshots of the public pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await shoot(page, 'library');
  await page.goto('/sets/putin-north-korea-first-set');
  await shoot(page, 'set');
  await page.goto('/sign-in');
  await shoot(page, 'sign-in');
  await page.goto('/sign-up');
  await shoot(page, 'sign-up');
});

test('screenshots of the signed-in pages', async ({ page }) => {
  await signUp(page, { name: 'Screenshot Teacher', email: uniqueEmail('shot'), password: 'teacher-pass-9', role: 'teacher' });
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await shoot(page, 'teach');
  await page.locator('details summary').click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/account-menu-1280.png' });
});

test('screenshots of the player, feedback and results', async ({ page }) => {
  await signUp(page, { name: 'Screenshot Student', email: uniqueEmail('shot-student'), password: 'student-pass-9', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/sets/putin-north-korea-first-set');
  await shoot(page, 'set-signed-in');
  await page.getByRole('button', { name: 'Practice' }).click();
  await expect(page.locator('#question-heading')).toBeVisible();
  await shoot(page, 'player');
  // Answer until a choice question shows feedback.
  for (let i = 0; i < 30; i++) {
    if (await page.getByRole('radio').first().isVisible()) break;
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.locator('[aria-live="polite"]').first()).toContainText(/Right!|Not quite/);
  await shoot(page, 'feedback');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await shoot(page, 'results');
  await page.goto('/review');
  await expect(page.getByTestId('due-now')).toBeVisible();
  await shoot(page, 'review');
  await page.goto('/progress');
  await expect(page.getByTestId('streak')).toBeVisible();
  await shoot(page, 'progress');
});
