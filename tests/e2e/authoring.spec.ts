import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/test';
import Papa from 'papaparse';
import { signUp, uniqueEmail } from './support/auth-pages';
import { answerWithKeyboard } from './support/player-pages';

const ARTICLE = readFileSync('tests/fixtures/articles/nasa-crew7-splashdown.txt', 'utf8');

/** Distinct pages the teacher's browser lands on (client-side refreshes of one page count once). */
function screenCounter(page: Page) {
  const screens: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const path = new URL(frame.url()).pathname;
    if (screens.at(-1) !== path) screens.push(path);
  });
  return screens;
}

async function shoot(page: Page, name: string, fullPage = true) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}-light.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a teacher goes from a pasted article to an assigned set in at most six screens; a student takes it; the teacher reads the results', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUp(page, { name: 'Author Teacher', email: uniqueEmail('author'), password: 'teacher-pass-9', role: 'teacher' });
  await expect(page).toHaveURL(/\/teach$/);
  await page.getByLabel('New class name').fill('12C Science news');
  await page.getByRole('button', { name: 'Create class' }).click();
  const code = (await page.getByTestId('join-code').textContent())!.trim();

  // Screen 1: paste.
  await page.goto('/teach/sets/new');
  const screens = screenCounter(page);
  screens.push('/teach/sets/new');
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Paste the article’s text or upload a file');
  await page.getByLabel('Set title (optional)').fill('Crew-7 comes home');
  // A refusal keeps what was typed.
  await page.getByLabel('Article text').fill('Crew-7 splashes down');
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('no complete sentences');
  await expect(page.getByLabel('Article text')).toHaveValue('Crew-7 splashes down');
  await expect(page.getByLabel('Set title (optional)')).toHaveValue('Crew-7 comes home');
  await page.getByLabel('Article text').fill(ARTICLE);
  await shoot(page, 'authoring-new');
  await page.getByRole('button', { name: 'Draft questions' }).click();

  // Screen 2: review drafts beside their evidence.
  await expect(page.getByRole('heading', { name: 'Review drafts' })).toBeVisible({ timeout: 30_000 });
  const cards = page.getByRole('list', { name: 'Draft questions' }).getByRole('listitem');
  expect(await cards.count()).toBeGreaterThanOrEqual(10);
  await cards.nth(0).click();
  await expect(page.getByRole('region', { name: 'Article with evidence' }).locator('mark').first()).toBeVisible();
  for (const n of [1, 2, 3, 4]) await page.getByRole('listitem', { name: `Question ${n}`, exact: true }).getByRole('button', { name: 'Approve' }).click();
  // The decisions re-render the list when their round trips come back; a click landing while one is
  // still in flight can be lost with the old card (CI once waited 3 minutes for the editor, and once
  // lost the Reject below), so each waits for the list before it and is retried until it shows.
  await expect(page.getByRole('button', { name: 'Approved (4)' })).toBeVisible({ timeout: 20_000 });
  const rejected = page.getByRole('button', { name: 'Rejected (1)' });
  await expect(async () => {
    if (!(await rejected.isVisible())) await page.getByRole('listitem', { name: 'Question 6', exact: true }).getByRole('button', { name: 'Reject' }).click();
    await expect(rejected).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  const fifth = page.getByRole('listitem', { name: 'Question 5', exact: true });
  const prompt = fifth.getByRole('textbox', { name: 'Question', exact: true });
  await expect(async () => {
    if (!(await prompt.isVisible())) await fifth.getByRole('button', { name: 'Edit' }).click();
    await expect(prompt).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await prompt.fill('Edited by the teacher: ' + (await prompt.inputValue()));
  await expect(fifth.getByRole('status')).toHaveText('Saved');
  // Five decisions are five server round trips; on a loaded 2-core CI machine they may take longer
  // than the default 5 s to come back.
  await expect(page.getByRole('button', { name: 'Approved (5)' })).toBeVisible({ timeout: 20_000 });
  await shoot(page, 'authoring-review', false);
  // Leaving and coming back loses nothing.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Approved (5)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rejected (1)' })).toBeVisible();
  await expect(page.getByText(/^Edited by the teacher: /)).toBeVisible();
  await page.getByRole('button', { name: 'Publish 5 approved questions' }).click();

  // Screen 3: the published set, assigned from here.
  await expect(page.getByText('Published as version 1')).toBeVisible();
  const readerPath = (await page.getByRole('link', { name: 'Article and evidence' }).getAttribute('href'))!;
  await shoot(page, 'set-teacher');
  await page.getByRole('combobox', { name: 'Class' }).selectOption({ label: '12C Science news' });
  await page.getByLabel('Show answers').selectOption('after_due');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();

  // Screen 4: the assignment.
  await expect(page.getByTestId('completion')).toHaveText('0 of 0');
  expect(screens.length, `screens from paste to assigned: ${screens.join(' → ')}`).toBeLessThanOrEqual(6);

  const student = await browser.newPage();
  await signUp(student, { name: 'Reader Student', email: uniqueEmail('reader'), password: 'student-pass-9', role: 'student' });
  await expect(student).toHaveURL(/\/$/);
  await student.goto('/join');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText('You joined 12C Science news.')).toBeVisible();
  await student.goto('/assignments');
  await student.getByRole('button', { name: 'Start' }).click();
  for (let n = 0; n < 5; n++) {
    await answerWithKeyboard(student, n, { practice: false });
    await expect(student.getByText('Answer saved. Results come after you submit.')).toBeVisible();
    if (n < 4) await student.getByRole('button', { name: 'Next →' }).click();
  }
  student.once('dialog', (d) => d.accept());
  await student.getByRole('button', { name: 'Submit test' }).click();
  await expect(student.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(student.getByText('The answers of this attempt are not shown yet')).toBeVisible();
  await expect(student.getByText('Right answer:')).toHaveCount(0);
  // The private set's reader is open to its class (evidence links lead there), not to others.
  await student.goto(readerPath);
  await expect(student.getByRole('heading', { name: 'Crew-7 comes home' })).toBeVisible();
  await expect(student.getByText('This set is assigned by a teacher.')).toBeVisible();
  await expect(student.getByRole('button', { name: 'Practice' })).toHaveCount(0);
  await student.close();
  const outsider = await browser.newPage();
  await signUp(outsider, { name: 'Outside Student', email: uniqueEmail('outsider'), password: 'student-pass-3', role: 'student' });
  await expect(outsider).toHaveURL(/\/$/);
  expect((await outsider.goto(readerPath))?.status()).toBe(404);
  await outsider.close();

  await page.reload();
  await expect(page.getByTestId('completion')).toHaveText('1 of 1');
  await expect(page.getByRole('heading', { name: 'Item analysis' })).toBeVisible();
  await expect(page.getByText(/^Edited by the teacher: /).first()).toBeVisible();
  await shoot(page, 'assignment-results');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'All responses (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
  expect(rows.length).toBe(1 + 5);
  expect(rows.slice(1).every((r) => r.includes('Reader Student'))).toBe(true);
});
