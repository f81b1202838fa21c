import { expect, test } from './support/test';
import { classWithAssignment } from './support/class-pages';
import { recordResponses } from './support/network-recorder';
import { answerWithKeyboard } from './support/player-pages';

// Field names and markers that only an answer key or a reveal carries.
const KEY_MARKERS = /answerKey|"correct"\s*:|correctOptionId|correctText|correctPairs|correctOrder|"aliases"|"explanation"|"evidence"|Right answer:/;

const STRONG_MARKERS = /answerKey|"correct"\s*:|correctOptionId|correctText|correctPairs|correctOrder|Right answer:/;

test('while an assignment attempt is unfinished, no student-facing page or action response carries an answer key', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { student } = await classWithAssignment(page, browser, { who: 'Leak', className: '8B Leak check', setLabel: 'Putin’s visit to North Korea: key facts', reveal: 'after_due' });

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
