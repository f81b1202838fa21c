import { expect, test } from './support/test';
import { signUp, uniqueEmail } from './support/auth-pages';
import { recordResponses } from './support/network-recorder';
import { answerWithKeyboard } from './support/player-pages';

// Field names and markers that only an answer key or a reveal carries.
const KEY_MARKERS = /answerKey|"correct"\s*:|correctOptionId|correctText|correctPairs|correctOrder|"aliases"|"explanation"|"evidence"|Right answer:/;

const STRONG_MARKERS = /answerKey|"correct"\s*:|correctOptionId|correctText|correctPairs|correctOrder|Right answer:/;

test('while an assignment attempt is unfinished, no student-facing page or action response carries an answer key', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: 'Leak Teacher', email: uniqueEmail('leak-teacher'), password: 'teacher-pass-4', role: 'teacher' });
  await page.getByLabel('New class name').fill('8B Leak check');
  await page.getByRole('button', { name: 'Create class' }).click();
  const code = (await page.getByTestId('join-code').textContent())!.trim();

  const student = await browser.newPage();
  await signUp(student, { name: 'Leak Student', email: uniqueEmail('leak-student'), password: 'student-pass-4', role: 'student' });
  await expect(student).toHaveURL(/\/$/);
  await student.goto(`/join/${code}`);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText('You joined 8B Leak check.')).toBeVisible();

  await page.reload();
  await page.getByLabel('Question set').selectOption({ label: 'Putin’s visit to North Korea: key facts' });
  await page.getByLabel('Show answers').selectOption('after_due');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Assignments (1)' })).toBeVisible();

  const bodies = recordResponses(student);
  await student.goto('/assignments');
  await student.getByRole('button', { name: 'Start' }).click();
  await expect(student.locator('#question-heading')).toBeVisible();
  const attemptUrl = new URL(student.url()).pathname;
  for (let n = 0; n < 3; n++) {
    await answerWithKeyboard(student, n, { practice: false });
    await expect(student.getByText('Answer saved. Results come after you submit.')).toBeVisible();
    await student.getByRole('button', { name: 'Next →' }).click();
  }
  await student.getByRole('button', { name: '⚐ Flag for review' }).click();
  for (const path of ['/', '/assignments', attemptUrl, `${attemptUrl}/results`, '/review', '/progress', '/join', '/sets/putin-north-korea-first-set', '/account']) {
    await student.goto(path);
  }
  await student.reload();
  await expect(student.locator('#question-heading')).toHaveCount(0); // the last page was the account page
  expect(bodies.length).toBeGreaterThan(10);
  for (const { url, body } of bodies) {
    // The public reader marks which sentences hold evidence (its paragraphs carry `"evidence": true`),
    // which says nothing about which option is right; it must still carry no key.
    expect(body, url).not.toMatch(new URL(url).pathname.startsWith('/sets/') ? STRONG_MARKERS : KEY_MARKERS);
  }
  await student.close();
});
