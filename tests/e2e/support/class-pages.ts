import type { Browser, Page } from '@playwright/test';
import { expect } from './test';
import { signUp, uniqueEmail } from './auth-pages';

/**
 * A teacher signs up and creates a class, a student signs up in a second page and joins it by code,
 * and the teacher assigns one library set with the given reveal policy. Leaves the teacher on the
 * class page and returns the student's page.
 */
export async function classWithAssignment(
  page: Page,
  browser: Browser,
  { who, className, setLabel, reveal }: { who: string; className: string; setLabel: string; reveal: string },
): Promise<{ student: Page; code: string }> {
  await signUp(page, { name: `${who} Teacher`, email: uniqueEmail(`${who.toLowerCase()}-teacher`), password: 'teacher-pass-4', role: 'teacher' });
  await page.getByLabel('New class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  const code = (await page.getByTestId('join-code').textContent())!.trim();

  const student = await browser.newPage();
  await signUp(student, { name: `${who} Student`, email: uniqueEmail(`${who.toLowerCase()}-student`), password: 'student-pass-4', role: 'student' });
  await expect(student).toHaveURL(/\/$/);
  await student.goto(`/join/${code}`);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(`You joined ${className}.`)).toBeVisible();

  await page.reload();
  await page.getByLabel('Question set').selectOption({ label: setLabel });
  await page.getByLabel('Show answers').selectOption(reveal);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Assignments (1)' })).toBeVisible();
  return { student, code };
}
