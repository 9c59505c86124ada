// Browser tests of the built web app against a running Afterword server.
//
//   AFTERWORD_E2E_URL=http://127.0.0.1:8123 npm run e2e
//
// The server must serve the built app (frontend/dist) and the API on the same origin.
// Environment:
//   AFTERWORD_E2E_URL                    the server (required)
//   AFTERWORD_E2E_CHROMIUM               browser binary (or AFTERWORD_CHROMIUM; default /usr/bin/chromium)
//   AFTERWORD_E2E_SKIP_WITHOUT_BROWSER=1 exit 0 with a notice when the browser is missing
//   AFTERWORD_E2E_DEBUG=1                print every API response
//   AFTERWORD_E2E_AGENDA_BUDGET_MS       the agenda's render budget with 2,000 interviews (default 1000)
// Screenshots of each main page, at desktop and 360 px widths, go to e2e/screenshots/.
import { mkdirSync, rmSync } from 'node:fs';
import { checkAgendaPerformance } from './agenda-performance.mjs';
import { assert, capturePage, createRunner, launch, resolveChromium, SCREENSHOT_DIR } from './harness.mjs';

const executablePath = resolveChromium();
const baseUrl = process.env.AFTERWORD_E2E_URL?.replace(/\/+$/, '');
if (!baseUrl) {
  console.error('Set AFTERWORD_E2E_URL to the server to test, e.g. http://127.0.0.1:8123');
  process.exit(2);
}
rmSync(`${SCREENSHOT_DIR}failure.png`, { force: true });
const browser = await launch(executablePath);
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
  timezoneId: 'Europe/Berlin',
});
const page = await context.newPage();
page.setDefaultTimeout(10_000);

/** @type {string[]} */
const pageErrors = [];
/** @type {string[]} */
const serverErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('response', (response) => {
  if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
});
page.on('dialog', (dialog) => void dialog.accept());
if (process.env.AFTERWORD_E2E_DEBUG) {
  page.on('response', (response) => {
    if (response.url().includes('/v1/')) console.log(`    ${response.request().method()} ${response.url()} → ${response.status()}`);
  });
}

const url = (/** @type {string} */ path) => `${baseUrl}${path}`;
const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const account = { name: 'Avery Quinn', email: `e2e-${stamp}@example.com`, password: 'correct horse battery staple' };

const heading = (/** @type {string | RegExp} */ name) => page.getByRole('heading', { level: 1, name });
const activeElementId = () => page.evaluate(() => document.activeElement?.id ?? '');
const listItems = () => page.getByRole('list', { name: 'Interviews' }).getByRole('listitem');

/** Creates interviews through the API as the signed-in browser (cookie + CSRF header). */
/** @param {number} count */
async function createInterviewsViaApi(count) {
  await page.evaluate(async (n) => {
    const csrf = document.cookie
      .split('; ')
      .find((c) => c.startsWith('aw_csrf='))
      ?.slice('aw_csrf='.length);
    for (let i = 0; i < n; i += 1) {
      const response = await fetch('/v1/interviews', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf ?? '') },
        body: JSON.stringify({
          company: `Filler Works ${i + 1}`,
          position: 'Engineer',
          // Far ahead, so their follow-up does not crowd the agenda.
          scheduled_at: `2027-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+02:00`,
          timezone: 'Europe/Berlin',
        }),
      });
      if (!response.ok) throw new Error(`POST /v1/interviews: ${response.status} ${await response.text()}`);
    }
  }, count);
}

/** A calendar invitation as a mail client sends it (CRLF line ends, a folded line). */
const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Afterword e2e//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  `UID:e2e-${stamp}@afterword.test`,
  'DTSTAMP:20250601T090000Z',
  'DTSTART;TZID=Europe/Berlin:20250610T110000',
  'DTEND;TZID=Europe/Berlin:20250610T114500',
  'SUMMARY:Interview: Data Engineer at Northwind Trading',
  'LOCATION:https://meet.example/abc-defg',
  'ORGANIZER;CN=Jordan Blake:mailto:jordan.blake@northwind.example',
  `ATTENDEE;CN=Jordan Blake;ROLE=REQ-PARTICIPANT:mailto:jordan.blake@northwind.example`,
  `ATTENDEE;CN=${account.name};ROLE=REQ-PARTICIPANT:mailto:${account.email}`,
  'DESCRIPTION:A conversation about the data platform and what the team is bu',
  ' ilding next.',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/**
 * Signs in through the form. Sign-in is rate limited per client: when the server says to
 * wait, wait as long as it says (as a person would) and try again.
 * @param {string} password
 * @param {string | RegExp} landing the h1 expected after signing in
 */
async function signIn(password, landing) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(password);
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const limited = page.getByRole('alert').filter({ hasText: /too many/i });
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The losing wait times out later on its own; its failure is expected and ignored.
    const outcome = await Promise.race([
      heading(landing).waitFor().then(() => 'in', () => 'timeout'),
      limited.waitFor().then(() => 'limited', () => 'timeout'),
    ]);
    if (outcome === 'timeout') throw new Error('sign-in neither succeeded nor was rate limited');
    if (outcome === 'in') return;
    const seconds = Number(/(\d+) second/.exec((await limited.textContent()) ?? '')?.[1] ?? '2');
    await page.waitForTimeout((seconds + 0.5) * 1000);
  }
  throw new Error('sign-in stayed rate limited');
}

const run = createRunner({
  onFailure: async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}failure.png`, fullPage: true });
    console.log(`    at ${page.url()}; screenshot: e2e/screenshots/failure.png`);
  },
});
console.log(`e2e against ${baseUrl} with ${executablePath}`);

await run.step('a signed-out visitor is sent to sign in, keeping the address', async () => {
  await page.goto(url('/interviews'));
  await page.waitForURL(/\/sign-in\?next=%2Finterviews$/);
  await heading('Sign in').waitFor();
  await capturePage(page, 'sign-in');
});

await run.step('keyboard: the sign-in form is reachable in order', async () => {
  await page.locator('body').focus();
  const order = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''));
  }
  const email = order.indexOf('field-email');
  const password = order.indexOf('field-password');
  const submit = order.indexOf('Sign in');
  assert(email >= 0 && password === email + 1 && submit === password + 1, `unexpected tab order: ${order.join(' → ')}`);
});

await run.step('sign-up shows the server’s field errors next to their fields', async () => {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await heading('Create your account').waitFor();
  await capturePage(page, 'sign-up');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('#field-email-error').waitFor();
  assert((await page.locator('#field-email').getAttribute('aria-invalid')) === 'true', 'email is not marked invalid');
  const described = await page.locator('#field-email').getAttribute('aria-describedby');
  assert(described?.includes('field-email-error'), 'email error is not tied to its input');
  const summaryFocused = await page.evaluate(() => document.activeElement?.classList.contains('error-summary'));
  assert(summaryFocused, 'the error summary did not take focus');
});

await run.step('sign up and land where the visitor first asked to go', async () => {
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading('Interviews').waitFor();
  assert(new URL(page.url()).pathname === '/interviews', `expected /interviews, got ${page.url()}`);
  await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
  await capturePage(page, 'interviews-empty');
});

await run.step('the agenda explains how it fills', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
  await heading('Agenda').waitFor();
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  assert(focused === 'H1', `after navigating, focus is on ${focused}, not the page heading`);
  await capturePage(page, 'agenda');
});

await run.step('keyboard: the skip link jumps to the main content', async () => {
  await page.reload();
  await heading('Agenda').waitFor();
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert(first === 'Skip to main content', `first tab stop is "${first}"`);
  await page.keyboard.press('Enter');
  assert((await activeElementId()) === 'main', 'focus did not move to main');
});

await run.step('back to the interview list', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interviews' }).click();
  await heading('Interviews').waitFor();
});

await run.step('a new interview shows what is missing before saving', async () => {
  await page.getByRole('link', { name: 'Add an interview', exact: true }).click();
  await heading('Add an interview').waitFor();
  await capturePage(page, 'interview-new');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await page.locator('#field-company-error').waitFor();
  await page.locator('#field-interviewers-0-name-error').waitFor();
});

await run.step('server validation errors land next to the interviewer’s field', async () => {
  await page.getByLabel('Company').fill('Acme Robotics');
  await page.getByLabel('Position').fill('Staff Engineer');
  await page.getByLabel('Date and time').fill('2025-06-03T15:00');
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.locator('#field-interviewers-0-name').fill('Dana Lee');
  await page.locator('#field-interviewers-0-email').fill('dana-at-acme');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await page.locator('#field-interviewers-0-email-error').waitFor();
  assert(new URL(page.url()).pathname === '/interviews/new', 'an invalid interview was saved');
});

await run.step('add a second interviewer by keyboard and save', async () => {
  await page.locator('#field-interviewers-0-email').fill('dana@acme.example');
  await page.locator('#field-interviewers-0-is_hiring_manager').check();
  await page.locator('#field-interviewers-0-discussion_points').fill('Robot fleet telemetry\nOn-call rotation');
  await page.getByRole('button', { name: 'Add an interviewer' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'field-interviewers-1-name');
  await page.keyboard.type('Sam Ortiz');
  await page.locator('#field-interviewers-1-linkedin_url').fill('https://www.linkedin.com/in/sam-ortiz');
  await page.getByLabel('What happens next').fill('A decision by Friday');
  await page.getByLabel('Expected by').fill('2025-06-06');
  await page.getByRole('button', { name: 'Preview the follow-up' }).click();
  const preview = page.getByRole('region', { name: 'What saving this will plan' });
  await preview.getByText('Send a thank-you note to Sam Ortiz').waitFor();
  await capturePage(page, 'interview-new-preview');
  await page.getByRole('button', { name: 'Save interview' }).click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
  await heading('Staff Engineer at Acme Robotics').waitFor();
  await page.getByText('Interview saved.').waitFor();
  await page.getByRole('heading', { name: 'Sam Ortiz', exact: true }).waitFor();
  await page.getByText('Tue 3 Jun 2025, 15:00').first().waitFor();
  const plan = page.getByRole('region', { name: 'Follow-up plan' });
  await plan.getByText('Send a thank-you note to Dana Lee').waitFor();
  await plan.getByText('Send a thank-you note to Sam Ortiz').waitFor();
  await capturePage(page, 'interview-detail');
});

await run.step('a follow-up can be planned by hand', async () => {
  await page.getByText('Plan something else').click();
  await page.getByLabel('What', { exact: true }).selectOption('share_resource');
  await page.getByLabel('Title').fill('Send Dana the fleet telemetry talk');
  await page.getByLabel('For whom').selectOption({ label: 'Dana Lee' });
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await page.getByText('Added “Send Dana the fleet telemetry talk”.').waitFor();
  await page.getByRole('region', { name: 'Follow-up plan' }).getByText('Send Dana the fleet telemetry talk', { exact: true }).waitFor();
});

await run.step('a reflection saves on the interview', async () => {
  await page.getByLabel('What went well').fill('Clear answers on the telemetry design.');
  await page.getByLabel('Questions to prepare for next time').fill('How is on-call staffed?\nWhat does success look like in six months?');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await page.getByText('Reflection saved.').waitFor();
});

await run.step('record what was heard back', async () => {
  const advanced = page.getByRole('button', { name: 'Advanced' });
  await advanced.click();
  await page.getByText('Outcome set to “Advanced”.').waitFor();
  assert((await advanced.getAttribute('aria-pressed')) === 'true', 'the chosen outcome is not pressed');
});

await run.step('edit an interview', async () => {
  await page.getByRole('link', { name: 'Edit' }).click();
  await heading(/^Edit:/).waitFor();
  assert((await page.locator('#field-interviewers-1-name').inputValue()) === 'Sam Ortiz', 'interviewers were not loaded');
  await capturePage(page, 'interview-edit');
  await page.getByLabel('Stage or round').fill('Panel');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();
  await page.getByText('Panel', { exact: true }).waitFor();
});

await run.step('an edit made elsewhere meanwhile is not overwritten', async () => {
  await page.getByRole('link', { name: 'Edit' }).click();
  await heading(/^Edit:/).waitFor();
  const id = /\/interviews\/([0-9a-f-]{36})\/edit$/.exec(page.url())?.[1];
  // Someone (another tab, a job board) changes the interview after the form was opened.
  const status = await page.evaluate(async (interviewId) => {
    const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('aw_csrf='))?.slice(8) ?? '');
    const response = await fetch(`/v1/interviews/${interviewId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ location: 'Acme HQ, 4th floor' }),
    });
    return response.status;
  }, id);
  assert(status === 200, `the concurrent change failed with ${status}`);
  await page.getByLabel('Stage or round').fill('Final round');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').filter({ hasText: 'changed elsewhere' }).waitFor();
  await page.goto(url(`/interviews/${id}`));
  await page.getByText('Acme HQ, 4th floor').waitFor();
  await page.getByText('Panel', { exact: true }).waitFor();
});

await run.step('the agenda lists what is due, and tasks can be done, undone and snoozed', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
  await heading('Agenda').waitFor();
  await page.getByRole('heading', { level: 2, name: /^Overdue/ }).waitFor();
  await capturePage(page, 'agenda-tasks');

  const title = 'Send a thank-you note to Dana Lee';
  await page.getByRole('button', { name: `Done: ${title}` }).click();
  await page.getByText(`“${title}” marked done.`).waitFor();
  await page.getByRole('heading', { level: 3, name: title }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('heading', { level: 3, name: title }).waitFor();

  const other = 'Send a thank-you note to Sam Ortiz';
  await page.getByLabel(`Snooze: ${other}`).click();
  await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: other }) }).getByRole('button', { name: 'For a week' }).click();
  await page.getByText('Snoozed until', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 3, name: other }).waitFor({ state: 'detached' });
});

await run.step('a note is written from a task, checked as it is edited, and sent', async () => {
  const title = 'Send a thank-you note to Dana Lee';
  await page.getByRole('button', { name: `Write the note: ${title}` }).click();
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  await heading('Thank-you note to Dana Lee').waitFor();
  const summary = page.getByRole('region', { name: 'Checks' }).getByRole('status');
  await summary.filter({ hasText: /of \d+ checks pass/ }).waitFor();
  const body = page.getByRole('textbox', { name: 'Message' });
  assert((await body.inputValue()).includes('Dana'), 'the note does not greet Dana');
  await capturePage(page, 'draft-editor');

  // Filler fails its check as soon as the edit is saved, and passes again once removed.
  const original = await body.inputValue();
  await body.fill(`${original}\n\nJust checking in.`);
  await page.getByText('All changes saved.').waitFor();
  const filler = page.getByRole('listitem').filter({ hasText: 'No empty phrases' });
  await filler.filter({ hasNotText: 'Passes' }).waitFor();
  await body.fill(original);
  await page.getByText('All changes saved.').waitFor();
  await filler.filter({ hasText: 'Passes' }).waitFor();

  await page.getByRole('button', { name: 'I sent it' }).click();
  await page.getByText('Its task is done', { exact: false }).waitFor();
  await capturePage(page, 'draft-sent');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
  await heading('Agenda').waitFor();
  await page.getByRole('heading', { level: 2, name: /^Overdue/ }).waitFor();
  // The agenda shows what it had, then refreshes: the sent note's task leaves it.
  await page.getByRole('heading', { level: 3, name: title }).waitFor({ state: 'detached' });
});

await run.step('a note started from an interviewer can be discarded', async () => {
  await page.getByRole('link', { name: 'Staff Engineer at Acme Robotics' }).first().click();
  await heading('Staff Engineer at Acme Robotics').waitFor();
  await page.getByRole('button', { name: 'Write a thank-you note to Sam Ortiz' }).click();
  await heading('Thank-you note to Sam Ortiz').waitFor();
  await page.getByRole('button', { name: 'Discard' }).click();
  await heading('Drafts').waitFor();
  await page.getByText('Draft discarded.').waitFor();
  await page.getByLabel('Show').selectOption('discarded');
  await page.getByRole('link', { name: 'Thank-you note to Sam Ortiz' }).click();
  await page.getByText('Discarded.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await page.getByText('Draft deleted.').waitFor();
  await page.getByText('Nothing discarded.').waitFor();
  await page.getByLabel('Show').selectOption('sent');
  await page.getByRole('link', { name: 'Thank-you note to Dana Lee' }).waitFor();
  await capturePage(page, 'drafts');
});

await run.step('contacts come from interviewers, and keeping in touch is logged', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await heading('Contacts').waitFor();
  await page.getByRole('link', { name: 'Dana Lee' }).waitFor();
  await capturePage(page, 'contacts');
  await page.getByRole('link', { name: 'Dana Lee' }).click();
  await heading('Dana Lee').waitFor();
  await page.getByRole('link', { name: 'Staff Engineer at Acme Robotics' }).waitFor();
  await capturePage(page, 'contact-detail');
  await page.getByRole('button', { name: 'I was in touch today' }).click();
  await page.getByText('Logged.', { exact: false }).waitFor();
  await page.getByText('last in touch today').waitFor();
  await page.getByLabel('Notes').fill('Met at the panel; runs the platform team.');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByText('Contact saved.').waitFor();
});

await run.step('the list searches, filters and loads more', async () => {
  await createInterviewsViaApi(21);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interviews' }).click();
  await heading('Interviews').waitFor();
  await page.getByText('Showing the first 20 interviews.').waitFor();
  assert((await listItems().count()) === 20, 'the first page does not hold 20 interviews');
  await capturePage(page, 'interviews');
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.getByText('22 interviews.').waitFor();
  assert((await page.getByRole('button', { name: 'Load more' }).count()) === 0, '"Load more" stayed after the last page');

  await page.getByRole('searchbox', { name: 'Search' }).fill('Acme');
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=Acme/);
  await page.getByText('1 interview.').waitFor();

  await page.getByLabel('Outcome').selectOption('advanced');
  await page.waitForURL(/outcome=advanced/);
  await page.getByText('1 interview.').waitFor();

  await page.getByLabel('Status').selectOption('cancelled');
  await page.getByRole('heading', { name: 'No interviews match' }).waitFor();
  await capturePage(page, 'interviews-no-match');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  // Both pages loaded earlier are still there.
  await page.getByText('22 interviews.').waitFor();

  await page.getByLabel('Order').selectOption('scheduled_at');
  await page.waitForURL(/sort=scheduled_at/);
  await listItems().first().filter({ hasText: 'Acme Robotics' }).waitFor();
});

await run.step('a calendar invitation becomes an interview', async () => {
  await page.getByRole('link', { name: 'Import an invitation' }).click();
  await heading('Import a calendar invitation').waitFor();
  await capturePage(page, 'interview-import');
  await page.getByRole('button', { name: 'Import interview' }).click();
  await page.locator('#field-calendar-error').waitFor();

  const fileInput = page.getByLabel('Invitation file');
  await fileInput.setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('this is not a calendar') });
  await page.getByRole('button', { name: 'Import interview' }).click();
  await page.locator('#field-calendar-error').filter({ hasNotText: 'Choose the invitation' }).waitFor();

  await fileInput.setInputFiles({ name: 'invite.ics', mimeType: 'text/calendar', buffer: Buffer.from(INVITE) });
  await page.getByRole('button', { name: 'Import interview' }).click();
  await heading('Data Engineer at Northwind Trading').waitFor();
  await page.getByText('Interview imported from the invitation.').waitFor();
  await page.getByRole('heading', { name: 'Jordan Blake', exact: true }).waitFor();
});

await run.step('settings: the profile saves', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await heading('Settings').waitFor();
  await page.waitForURL(/\/settings\/profile$/);
  await capturePage(page, 'settings-profile');
  await page.getByLabel('Name').fill('Avery Q.');
  await page.getByLabel('Saturday').check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('Profile saved.').waitFor();
  await page.locator('.app-header__user-name', { hasText: 'Avery Q.' }).waitFor();
});

await run.step('settings: a token is shown once, works, and can be revoked', async () => {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Access tokens' }).click();
  await page.getByRole('heading', { name: 'Access tokens' }).waitFor();
  await page.getByText('No active tokens.', { exact: false }).waitFor();
  await page.getByLabel('Name').fill('Nightly export');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secretField = page.getByLabel('Your new token');
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  assert(secret.startsWith('aw_pat_'), `unexpected token: ${secret.slice(0, 10)}…`);
  await page.getByRole('rowheader', { name: 'Nightly export' }).waitFor();
  await capturePage(page, 'settings-tokens');

  const withToken = () =>
    page.evaluate(
      async (token) => (await fetch('/v1/interviews?limit=1', { credentials: 'omit', headers: { Authorization: `Bearer ${token}` } })).status,
      secret,
    );
  assert((await withToken()) === 200, 'the new token was refused');

  await page.getByRole('button', { name: 'I have saved it' }).click();
  assert((await page.getByLabel('Your new token').count()) === 0, 'the secret is still shown');
  await page.getByRole('button', { name: 'Revoke Nightly export' }).click();
  await page.getByText('No active tokens.', { exact: false }).waitFor();
  assert((await withToken()) === 401, 'the revoked token still works');
});

await run.step('settings: the playbook can be tuned', async () => {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Playbook' }).click();
  await page.getByRole('heading', { name: 'Playbook' }).waitFor();
  await page.getByLabel('Plan a LinkedIn connection with interviewers who have a profile').waitFor();
  await capturePage(page, 'settings-playbook');
  await page.getByLabel('Plan a LinkedIn connection with interviewers who have a profile').uncheck();
  await page.getByLabel('Days between updates').fill('10');
  await page.getByRole('button', { name: 'Save playbook' }).click();
  await page.getByText('Playbook saved.', { exact: false }).waitFor();
});

await run.step('settings: a note template is tried, refused with a reason, saved and reverted', async () => {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('heading', { name: 'Templates', level: 2 }).waitFor();
  await page.getByText('Using the built-in template', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Preview' }).click();
  const tried = page.getByRole('region', { name: 'Try it' });
  await tried.getByText('Written by the built-in template', { exact: false }).waitFor();

  await page.getByRole('textbox', { name: 'Message template' }).fill('{{ greeting }} Your offer of {{ salary }} is generous.');
  await page.getByRole('button', { name: 'Save template' }).click();
  await page.locator('#field-body-error').waitFor();

  await page.getByRole('textbox', { name: 'Message template' }).fill('');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await tried.getByText('Written by the template above', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Save template' }).click();
  await page.getByText('Template saved.', { exact: false }).waitFor();
  await page.getByText('Using your template', { exact: false }).waitFor();
  await capturePage(page, 'settings-templates');
  await page.getByRole('button', { name: 'Use the built-in template' }).click();
  await page.getByText('Back to the built-in template.').waitFor();
});

await run.step('settings: a calendar feed can be turned on, replaced and turned off', async () => {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Calendar feed' }).click();
  await page.getByRole('heading', { name: 'Calendar feed' }).waitFor();
  await page.getByRole('button', { name: 'Turn on and get the address' }).click();
  const first = await page.getByLabel('Feed address').inputValue();
  assert(first.includes('/v1/calendar/') && first.endsWith('.ics'), `unexpected feed address ${first}`);
  await capturePage(page, 'settings-calendar');
  const fetchStatus = (/** @type {string} */ address) =>
    page.evaluate(async (href) => {
      const response = await fetch(href, { credentials: 'omit', cache: 'no-store' });
      return `${response.status} ${(await response.text()).slice(0, 15)}`;
    }, address);
  assert((await fetchStatus(first)) === '200 BEGIN:VCALENDAR', 'the feed does not answer with a calendar');

  await page.getByRole('button', { name: 'Make a new address' }).click();
  await page.waitForFunction((old) => {
    const input = document.getElementById('feed-address');
    return input instanceof HTMLInputElement && input.value !== old;
  }, first);
  assert((await fetchStatus(first)).startsWith('404'), 'the replaced address still works');

  await page.getByRole('button', { name: 'Turn the feed off' }).click();
  await page.getByText('The feed is off.', { exact: false }).waitFor();
});

await run.step('settings: a webhook endpoint shows its secret once, pauses and is deleted', async () => {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('heading', { name: 'Webhooks', level: 2 }).waitFor();
  await page.getByText('No endpoints yet.').waitFor();
  // A loopback receiver: the test server allows private addresses (AFTERWORD_WEBHOOKS_ALLOW_PRIVATE).
  await page.getByLabel('Address').fill('http://127.0.0.1:9/afterword-e2e');
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
  assert(secret.startsWith('whsec_'), `unexpected secret ${secret.slice(0, 8)}…`);
  await capturePage(page, 'settings-webhooks');
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByText('Paused', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Recent deliveries' }).click();
  await page.getByRole('button', { name: 'Hide deliveries' }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('No endpoints yet.').waitFor();
});

await run.step('an unknown address shows a page-not-found', async () => {
  await page.goto(url('/nowhere/at/all'));
  await heading('Page not found').waitFor();
  await capturePage(page, 'not-found');
});

await run.step('sign out, a wrong password is explained, sign back in', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in').waitFor();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Could not sign in' }).waitFor();
  await signIn(account.password, 'Agenda');
});

await run.step('an ended session returns to sign-in and says why', async () => {
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interviews' }).click();
  await page.waitForURL(/\/sign-in\?next=%2Finterviews$/);
  await page.getByText('Your session has ended.', { exact: false }).waitFor();
});

await run.step('dark mode keeps its contrast', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await signIn(account.password, 'Interviews');
    await capturePage(page, 'interviews-dark');
    await page.getByRole('searchbox', { name: 'Search' }).fill('Acme');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Staff Engineer at Acme Robotics' }).click();
    await heading('Staff Engineer at Acme Robotics').waitFor();
    await capturePage(page, 'interview-detail-dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
    await heading('Agenda').waitFor();
    await capturePage(page, 'agenda-dark');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

await run.step('settings: everything downloads and imports again', async () => {
  await page.goto(url('/settings/data'));
  await page.getByRole('heading', { name: 'Your data', level: 2 }).waitFor();
  await capturePage(page, 'settings-data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download everything' }).click(),
  ]);
  const path = await download.path();
  assert(path, 'the export did not download');
  // Into the same account it clashes (the same contact emails): all or nothing, so nothing.
  await page.getByLabel('Export file').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();

  // Into a new account it all arrives.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await heading('Sign in').waitFor();
  await page.goto(url('/sign-up?next=%2Fsettings%2Fdata'));
  await page.getByLabel('Email').fill(`e2e-import-${stamp}@example.com`);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your data', level: 2 }).waitFor();
  await page.getByLabel('Export file').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported .*\d+ interviews/).waitFor();
});

await run.step('the agenda of a user with 2,000 interviews renders in under a second', async () => {
  // Its own account and browser context: nothing above sees it, and it sees nothing above.
  await checkAgendaPerformance({ browser, baseUrl, stamp });
});

await run.step('no script errors and no server errors along the way', async () => {
  assert(pageErrors.length === 0, `script errors:\n${pageErrors.join('\n')}`);
  assert(serverErrors.length === 0, `server errors:\n${serverErrors.join('\n')}`);
});

await browser.close();
process.exit(run.summary() ? 0 : 1);
