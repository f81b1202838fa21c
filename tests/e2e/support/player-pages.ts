// Page helpers for the quiz player.
import { expect, type Page } from '@playwright/test';

/**
 * Answers the current question with the keyboard only (choice `n % 2 + 1`, so some are wrong) and,
 * in practice, waits for the feedback; returns whether it was right.
 */
export async function answerWithKeyboard(page: Page, n: number, { practice = true } = {}): Promise<'right' | 'missed' | 'saved'> {
  await expect(page.locator('#question-heading')).toBeVisible();
  if (await page.getByRole('radio').first().isVisible().catch(() => false)) {
    await page.keyboard.press(String((n % 2) + 1));
  } else if (await page.getByLabel(/Your answer/).isVisible().catch(() => false)) {
    await page.keyboard.press('Tab');
    await page.getByLabel(/Your answer/).focus();
    await page.keyboard.type('42');
  } else if (await page.locator('select').first().isVisible().catch(() => false)) {
    const selects = page.locator('select');
    for (let i = 0; i < (await selects.count()); i++) {
      await selects.nth(i).focus();
      for (let k = 0; k <= i; k++) await page.keyboard.press('ArrowDown');
    }
  } else {
    await page.locator('ol li[tabindex="0"]').first().focus();
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  if (!practice) return 'saved';
  const feedback = page.locator('[aria-live="polite"]').first();
  await expect(feedback).toContainText(/Right!|Not quite|Partly right/);
  return /Right!/.test((await feedback.textContent()) ?? '') ? 'right' : 'missed';
}
