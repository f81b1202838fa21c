import { expect, test } from './support/test';
import { signIn, signUp, uniqueEmail } from './support/auth-pages';
import { classWithAssignment } from './support/class-pages';
import { answerWithKeyboard } from './support/player-pages';

test('a teacher creates a class; a student joins with the code, another with the link; the roster shows them', async ({ page, browser }) => {
  await signUp(page, { name: 'Class Teacher', email: uniqueEmail('class-teacher'), password: 'teacher-pass-7', role: 'teacher' });
  await expect(page).toHaveURL(/\/teach$/);
  await page.getByLabel('New class name').fill('10B Current affairs');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: '10B Current affairs' })).toBeVisible();
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const link = (await page.getByTestId('join-link').textContent())!.trim();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/class-${width}-light.png`, fullPage: true });
  }

  const student = await browser.newPage();
  await signUp(student, { name: 'Code Student', email: uniqueEmail('code-student'), password: 'student-pass-7', role: 'student' });
  await expect(student).toHaveURL(/\/$/);
  await student.goto('/join');
  await student.getByLabel('Class code').fill('NOPE99');
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.locator('form').getByRole('alert')).toContainText('There is no class with the code NOPE99');
  await student.getByLabel('Class code').fill(code.toLowerCase());
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText('You joined 10B Current affairs.')).toBeVisible();
  await student.close();

  const viaLink = await browser.newPage();
  await signUp(viaLink, { name: 'Link Student', email: uniqueEmail('link-student'), password: 'student-pass-8', role: 'student' });
  await expect(viaLink).toHaveURL(/\/$/);
  await viaLink.goto(new URL(link).pathname);
  await expect(viaLink.getByText(/is for 10B Current affairs/)).toBeVisible();
  await viaLink.getByRole('button', { name: 'Join class' }).click();
  await expect(viaLink.getByText('You joined 10B Current affairs.')).toBeVisible();
  await viaLink.close();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Students (2)' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Code Student', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Link Student', exact: true })).toBeVisible();

  // Regenerating the code retires the old one.
  await page.getByRole('button', { name: 'New code and link' }).click();
  await expect(page.getByText('New code issued')).toBeVisible();
  await expect(page.getByTestId('join-code')).not.toHaveText(code);
});

test('a teacher assigns a set with the after-due reveal policy; the student sees it, takes it and sees no answers before the due date', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { student } = await classWithAssignment(page, browser, { who: 'Assigned', className: '11A World news', setLabel: 'Putin’s visit to North Korea: who’s who', reveal: 'after_due' });
  await expect(page.getByText(/0 of 1 submitted/)).toBeVisible();

  await student.goto('/assignments');
  await expect(student.getByTestId('assignment-status')).toHaveText('not started');
  await student.getByRole('button', { name: 'Start' }).click();
  await expect(student.locator('#question-heading')).toBeVisible();
  await answerWithKeyboard(student, 0, { practice: false });
  await expect(student.getByText('Answer saved. Results come after you submit.')).toBeVisible();
  student.once('dialog', (d) => d.accept());
  await student.getByRole('button', { name: 'Submit test' }).click();
  await expect(student.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(student.getByText('The answers of this attempt are not shown yet')).toBeVisible();
  await expect(student.getByText('Right answer:')).toHaveCount(0);
  await student.goto('/assignments');
  await expect(student.getByTestId('assignment-status')).toHaveText('submitted');

  await page.reload();
  await expect(page.getByText(/1 of 1 submitted/)).toBeVisible();
  await page.getByRole('link', { name: 'Putin’s visit to North Korea: who’s who' }).click();
  await expect(page.getByTestId('completion')).toHaveText('1 of 1');
  await expect(page.getByRole('heading', { name: 'Item analysis' })).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/results-teacher-${width}-light.png`, fullPage: true });
  }
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Grades (CSV)' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = (await import('papaparse')).default.parse<string[]>(csv.slice(1).trim()).data;
  expect(rows[0]![0]).toBe('Student');
  expect(rows[1]).toMatchObject({ 0: 'Assigned Student', 2: 'submitted' });
});

test('a teacher creates student accounts with sign-in cards; a student signs in with one; the teacher resets a forgotten password', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: 'Card Teacher', email: uniqueEmail('cards'), password: 'teacher-pass-5', role: 'teacher' });
  await page.getByLabel('New class name').fill('7A Citizenship');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: '7A Citizenship' })).toBeVisible();
  await page.getByLabel('Student names, one per line').fill('María López\nBen Ng\n');
  await page.getByRole('button', { name: 'Create student accounts' }).click();
  await expect(page.getByText('2 accounts created')).toBeVisible({ timeout: 30_000 });
  const rows = page.getByTestId('created-accounts').locator('tbody tr');
  const username = (await rows.nth(0).locator('td').nth(1).textContent())!.trim();
  const password = (await rows.nth(0).locator('td').nth(2).textContent())!.trim();
  expect(username).toBe('maria.lopez');
  await expect(page.getByRole('button', { name: 'Print sign-in cards' })).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/class-accounts-${width}-light.png`, fullPage: true });
  }

  const student = await browser.newPage();
  await signIn(student, username, password);
  await expect(student).toHaveURL(/\/$/);
  await student.goto('/join');
  await expect(student.getByText('7A Citizenship')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Reset the password of María López' }).click();
  await page.getByRole('button', { name: 'Reset password', exact: true }).click();
  const fresh = (await page.getByText(/New password for María López/).locator('code').textContent())!.trim();
  expect(fresh).not.toBe(password);
  // The old session has ended; the old password no longer works, the new one does.
  await student.reload();
  await expect(student.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(student, username, password);
  await expect(student.locator('form').getByRole('alert')).not.toBeEmpty();
  await signIn(student, username, fresh);
  await expect(student).toHaveURL(/\/$/);
  await student.close();
});
