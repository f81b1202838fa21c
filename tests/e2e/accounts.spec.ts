import { expect, test } from './support/test';
import { expectSignedInAs, signIn, signOut, signUp, uniqueEmail } from './support/auth-pages';

test('the library lists the seeded set, and its page shows the article with unknown source and date', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const card = page.getByRole('link', { name: /Putin’s visit to North Korea: key facts/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('30 questions');
  await expect(card).toContainText('As of Date unknown');
  await card.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin’s visit to North Korea: key facts');
  await expect(page.getByText('Russian President Vladimir Putin is set to visit North Korea for the first time in 24 years')).toBeVisible();
  await expect(page.getByText('The article (title not given)')).toBeVisible();
  await expect(page.getByText('not fully consistent')).toBeVisible();
});

test('a student signs up, signs out, and signs in again', async ({ page }) => {
  const email = uniqueEmail('student');
  await signUp(page, { name: 'Sam Student', email, password: 'student-pass-1', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  await expectSignedInAs(page, 'Sam Student', 'student');
  await signOut(page);
  await signIn(page, email, 'student-pass-1');
  await expectSignedInAs(page, 'Sam Student', 'student');
});

test('a wrong password is refused with a message, and nothing else changes', async ({ page }) => {
  await signIn(page, 'nobody@example.org', 'wrong-password');
  await expect(page.locator('form').getByRole('alert')).toContainText('do not match an account');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('sign-up shows field errors for bad input', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Al');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
});

test('a teacher signs up and reaches the teacher home', async ({ page }) => {
  await signUp(page, { name: 'Tara Teacher', email: uniqueEmail('teacher'), password: 'teacher-pass-1', role: 'teacher' });
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(page.getByText('No classes yet')).toBeVisible();
  await expectSignedInAs(page, 'Tara Teacher', 'teacher');
  await expect(page.getByRole('link', { name: 'Classes', exact: true })).toBeVisible();
});

test('a student is refused the teacher home', async ({ page }) => {
  await signUp(page, { name: 'Sid Student', email: uniqueEmail('student'), password: 'student-pass-2', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  const response = await page.goto('/teach');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not available for your account' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Classes', exact: true })).toHaveCount(0);
});

test('an anonymous visitor to the teacher home is sent to sign in, and back after', async ({ page }) => {
  await page.goto('/teach');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteach/);
});

test('the demo teacher signs in with the credentials shown on the sign-in page (embedded database only)', async ({ page }) => {
  test.skip(Boolean(process.env.TEST_DATABASE_URL), 'demo accounts exist only on the embedded database');
  await page.goto('/sign-in');
  const email = await page.getByTestId('demo-teacher-email').textContent();
  const password = await page.getByTestId('demo-teacher-password').textContent();
  await signIn(page, email!, password!);
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByText('Demo class: World news')).toBeVisible();
  await expect(page.getByText('DEMO42')).toBeVisible();
});

test('on PostgreSQL the sign-in page shows no demo accounts', async ({ page }) => {
  test.skip(!process.env.TEST_DATABASE_URL, 'runs only against PostgreSQL');
  await page.goto('/sign-in');
  await expect(page.getByText('Demo accounts')).toHaveCount(0);
});
