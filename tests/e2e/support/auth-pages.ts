// Page objects for the account journeys.
import { expect, type Page } from '@playwright/test';

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.org`;
}

export async function signUp(page: Page, { name, email, password, role }: { name: string; email: string; password: string; role: 'student' | 'teacher' }) {
  await page.goto('/sign-up');
  await page.getByRole('radio', { name: role === 'teacher' ? 'Teacher' : 'Student' }).check();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email or username').fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('group').or(page.locator('details')).first().locator('summary').click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

export async function expectSignedInAs(page: Page, name: string, role: 'student' | 'teacher') {
  const menu = page.locator('details summary');
  await expect(menu).toContainText(name);
  await expect(page.getByTestId('role-badge')).toHaveText(role);
}
