import { expect, test } from './support/test';
import { uniqueEmail } from './support/auth-pages';
import { answerWithKeyboard } from './support/player-pages';

test('a guest practises with the keyboard, signs up, and finds the attempt in progress and exactly the missed questions in the review deck', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/sets/putin-north-korea-whos-who');
  await page.getByRole('link', { name: 'Practice as a guest' }).click();
  await expect(page.getByText(/practising as a guest/)).toBeVisible();
  const total = Number((await page.getByText(/Question 1 of \d+/).textContent())!.match(/of (\d+)/)![1]);
  let missed = 0;
  for (let i = 0; i < total; i++) {
    if ((await answerWithKeyboard(page, i)) === 'missed') missed++;
    if (i < total - 1) {
      await page.keyboard.press('Enter'); // on to the next question
      await expect(page.getByText(new RegExp(`Question ${i + 2} of ${total}`))).toBeVisible();
    }
  }
  expect(missed).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Finish' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(page.getByTestId('score')).toContainText(`/ ${total}`);

  await page.getByRole('link', { name: 'Sign up to keep your results' }).click();
  await page.getByLabel('Name').fill('Guest Turned Student');
  await page.getByLabel('Email').fill(uniqueEmail('guest'));
  await page.getByLabel('Password').fill('guest-pass-123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(page.getByText(/Your guest practice was saved to your account/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Answers given`).locator('..')).toContainText(String(total));

  await page.goto('/review');
  await expect(page.getByTestId('deck-total')).toHaveText(String(missed));
  await expect(page.getByTestId('due-now')).toHaveText(String(missed));
  await page.getByRole('button', { name: new RegExp(`Review ${missed} now`) }).click();
  await expect(page.getByText(new RegExp(`Question 1 of ${missed}`))).toBeVisible();
  for (let i = 0; i < missed; i++) {
    await answerWithKeyboard(page, i + 1);
    if (i < missed - 1) await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  // The deck keeps the same cards (their later due dates are checked in tests/integration/review-deck.test.ts).
  await page.goto('/review');
  await expect(page.getByTestId('deck-total')).toHaveText(String(missed));
  await page.goto('/progress');
  await expect(page.getByTestId('streak')).toHaveText('1 day');
});
