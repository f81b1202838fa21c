import { expect, test, type Page } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';
import { recordResponses } from './support/network-recorder';
import { answerWithKeyboard } from './support/player-pages';

const SET = '/sets/putin-north-korea-first-set';

async function newStudent(page: Page) {
  await signUp(page, { name: 'Player Student', email: uniqueEmail('player'), password: 'player-pass-1', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
}

test('practice with the keyboard only: feedback after each answer, then results with evidence', async ({ page }) => {
  await newStudent(page);
  await page.goto(SET);
  await page.getByRole('button', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByText(/Question 1 of 30/)).toBeVisible();

  await answerWithKeyboard(page, 0);
  await expect(page.locator('[aria-live="polite"]').first()).toContainText('From the article');
  await page.keyboard.press('Enter'); // goes on
  await expect(page.getByText(/Question 2 of 30/)).toBeVisible();
  await answerWithKeyboard(page, 1);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(page.getByTestId('score')).toContainText('/ 30');
  await expect(page.getByRole('button', { name: /Retry the \d+ I missed/ })).toBeVisible();
  await page.getByRole('link', { name: 'Read it in the article' }).first().click();
  await expect(page.locator('span.bg-amber-200')).toHaveCount(1);
});

test('a test-mode attempt reloaded midway resumes at the same question with its answers, and no response carries a key', async ({ page }) => {
  await newStudent(page);
  const bodies = recordResponses(page);
  await page.goto(SET);
  await page.getByRole('button', { name: 'Take as a test' }).click();
  await expect(page.getByText(/Question 1 of 30/)).toBeVisible();
  await answerWithKeyboard(page, 0, { practice: false });
  await expect(page.getByText('Answer saved. Results come after you submit.')).toBeVisible();
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByText(/Question 3 of 30/)).toBeVisible();
  const prompt = await page.locator('#question-heading').textContent();
  await page.waitForTimeout(300); // the position is saved in the background
  await page.reload();
  await expect(page.getByText(/Question 3 of 30/)).toBeVisible();
  await expect(page.locator('#question-heading')).toHaveText(prompt!);
  await expect(page.getByText('1 answered')).toBeVisible();

  // Nothing the browser received carries an answer key or the identity of a right option.
  for (const { url, body } of bodies) {
    expect(body, url).not.toMatch(/answerKey|"correct"\s*:|correctOptionId|correctText|"aliases"|"explanation"|"evidence"/);
  }
});

test('someone else’s attempt is not found', async ({ page, browser }) => {
  await newStudent(page);
  await page.goto(SET);
  await page.getByRole('button', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  const url = page.url();
  const other = await browser.newPage();
  await signUp(other, { name: 'Other Student', email: uniqueEmail('other'), password: 'other-pass-1', role: 'student' });
  await expect(other).toHaveURL(/\/$/);
  const response = await other.goto(url);
  await expect(other.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(other.locator('#question-heading')).toHaveCount(0);
  expect(response?.status()).toBe(404);
  await other.close();
});
