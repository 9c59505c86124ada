// The agenda of a user with 2,000 interviews renders in under a second on localhost.
//
// A new account is filled, through the public API (POST /v1/import, all or nothing), with
// two years of job hunting as the playbook would have left it: 2,000 interviews with one to
// three interviewers each, the people behind them, and the follow-up tasks their rules
// plan, mostly done or skipped long ago, some left open (overdue), some due today, some
// coming up. The history is generated from a fixed seed, relative to the time of the run,
// so every run renders the same agenda. Then a browser that has never seen the app opens
// the agenda (cold), and reloads it three times (warm); each load is timed in the page,
// from the start of the navigation until the frame after the three groups and their tasks
// are in the document. The slowest load must stay under the budget.
import { mkdirSync } from 'node:fs';
import { assert, SCREENSHOT_DIR } from './harness.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {Record<string, unknown>} Row */
/** @typedef {'done' | 'skipped' | 'dropped' | 'open' | 'today'} TaskState dropped: skipped by the playbook */
/** @typedef {{ state: TaskState, closedAt?: number, reason?: string }} Fate */

export const INTERVIEW_COUNT = 2000;
/** The budget for one load of the agenda, in milliseconds (the requirement says a second). */
export const AGENDA_BUDGET_MS = Number(process.env.AFTERWORD_E2E_AGENDA_BUDGET_MS || 1000);
const WARM_LOADS = 3;
const SEED = 20_250_601;
const TIME_ZONE = 'Europe/Berlin';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A small deterministic generator (mulberry32): the same seed, the same history. */
/** @param {number} seed */
function random(seed) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    /** @param {number} p */
    chance: (p) => next() < p,
    /** @param {number} n */
    int: (n) => Math.floor(next() * n),
    /** @template T @param {readonly T[]} items @returns {T} */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** @param {number} low @param {number} high */
    between: (low, high) => low + next() * (high - low),
    /** @template T @param {readonly T[]} items @param {number} n @returns {T[]} n of them, in random order */
    sample: (items, n) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

const FIRST = ['Alex', 'Blair', 'Casey', 'Dana', 'Eli', 'Farah', 'Gita', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mara', 'Noor', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Yara'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Schneider', 'Haddad', 'Novak', 'Costa', 'Brennan', 'Iyer', 'Kowalski', 'Mendes', 'Petrov', 'Rahman', 'Silva', 'Weber', 'Yilmaz', 'Zhou'];
const NAME_PARTS = ['Northwind', 'Bluefin', 'Cedar', 'Driftwood', 'Ember', 'Foxglove', 'Granite', 'Harbor', 'Ironbark', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Nimbus', 'Orchard', 'Pioneer', 'Quarry', 'Redwood', 'Summit', 'Tidewater', 'Umber', 'Vantage', 'Willow', 'Yonder', 'Zephyr'];
const NAME_ENDS = ['Labs', 'Systems', 'Health', 'Logistics', 'Analytics', 'Robotics', 'Energy', 'Bank', 'Software', 'Media', 'Foods', 'Networks', 'Studios', 'Mobility', 'Security', 'Cloud'];
const POSITIONS = ['Backend Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Data Engineer', 'Platform Engineer', 'Engineering Manager', 'Site Reliability Engineer', 'Full-Stack Developer'];
const TITLES = ['Engineering Manager', 'Senior Engineer', 'Staff Engineer', 'Recruiter', 'Head of Platform', 'Director of Engineering', 'Product Manager', 'CTO'];
const STAGES = ['Phone screen', 'Technical interview', 'System design', 'Panel', 'Hiring manager', 'Final round'];
const TOPICS = ['the data platform roadmap', 'on-call and incident reviews', 'migrating off the monolith', 'how the team plans its quarters', 'mentoring junior engineers', 'the observability stack', 'hiring for the new office', 'latency budgets in the checkout flow'];

/** Titles as the playbook writes them (api/playbook/guidance.py). */
const TITLE = {
  /** @param {string} company @param {string} person */
  thank_you: (company, person) => `Send a thank-you note to ${person}`,
  /** @param {string} company @param {string} person */
  linkedin_connect: (company, person) => `Connect with ${person} on LinkedIn`,
  /** @param {string} company */
  next_steps_follow_up: (company) => `Follow up with ${company} on next steps`,
  /** @param {string} company @param {string} person */
  periodic_update: (company, person) => `Send an update to ${person} at ${company}`,
  /** @param {string} company @param {string} person */
  rejection_thank_you: (company, person) => `Thank ${person} at ${company} for the opportunity`,
  /** @param {string} company @param {string} person */
  feedback_request: (company, person) => `Ask ${person} at ${company} for feedback on your interview`,
  /** @param {string} company */
  reflection: (company) => `Reflect on your interview at ${company}`,
  /** @param {string} company @param {string} person */
  keep_in_touch: (company, person) => `Keep in touch with ${person} at ${company}`,
};

/** @type {Record<string, string>} the playbook's words for a decided outcome */
const DECIDED = {
  advanced: 'you advanced to the next round',
  offer: 'you received an offer',
  rejected: 'the application was rejected',
  withdrawn: 'you withdrew your application',
};

/** Ids in the document only link its rows; the import gives every row a new one. */
/** @param {number} n */
const rowId = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();
/** @param {string} text */
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Two years of interviews and the follow-up the playbook planned for them, as an export
 * document, with what the agenda must then show.
 * @param {number} now
 * @param {Record<string, string>} guidance the playbook's guidance per task kind
 */
export function buildHistory(now, guidance) {
  const rng = random(SEED);
  let nextId = 1;
  const newId = () => rowId(nextId++);

  const companies = Array.from({ length: NAME_PARTS.length * NAME_ENDS.length }, (_, i) => {
    const name = `${NAME_PARTS[i % NAME_PARTS.length]} ${NAME_ENDS[Math.floor(i / NAME_PARTS.length)]}`;
    // The people one meets there, met again in later rounds.
    const people = Array.from({ length: 5 }, (_, p) => {
      const first = FIRST[(i * 7 + p * 5) % FIRST.length];
      const last = LAST[(i * 3 + p * 11) % LAST.length];
      return {
        name: `${first} ${last}`,
        email: `${slug(first)}.${slug(last)}.${p}@${slug(name)}.example`,
        title: TITLES[(i + p) % TITLES.length],
        linkedin: (i + p) % 2 === 0 ? `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${i}-${p}` : null,
        contact: /** @type {Row | null} */ (null),
      };
    });
    return { name, people };
  });

  /** @type {Row[]} */ const contacts = [];
  /** @type {Row[]} */ const interviews = [];
  /** @type {Row[]} */ const interviewers = [];
  /** @type {Row[]} */ const tasks = [];
  const open = { overdue: 0, today: 0, upcoming: 0, later: 0, snoozed: 0 };
  /** @type {{ due: number, title: string }[]} */
  const overdueTasks = [];

  /**
   * Open tasks due soon are kept clear of the group boundaries (now, the end of today,
   * the end of the 7-day window), so the groups hold the same tasks at any time of day.
   * @param {number} due
   */
  const clearOfBoundaries = (due) => {
    if (due >= now - HOUR && due < now + DAY + HOUR) return now + DAY + 2 * HOUR;
    if (due >= now + 7 * DAY - HOUR && due < now + 8 * DAY + HOUR) return now + 8 * DAY + 2 * HOUR;
    return due;
  };

  /**
   * @param {{ interview: Row, person?: Row | null, kind: keyof typeof TITLE, key: string,
   *   due: number, deadline?: number | null } & Fate} task
   */
  const addTask = ({ interview, person = null, kind, key, due, deadline = null, state, closedAt, reason }) => {
    const company = /** @type {string} */ (interview.company);
    const title = TITLE[kind](company, /** @type {string} */ (person?.name ?? 'the hiring manager'));
    /** @type {Row} */
    const row = {
      id: newId(),
      interview_id: interview.id,
      interviewer_id: person?.id ?? null,
      contact_id: person?.contact_id ?? null,
      kind,
      title,
      guidance: guidance[kind] ?? 'Follow up, as the playbook suggests.',
      rule_key: key,
      status: 'open',
      due_at: iso(due),
      deadline_at: deadline === null ? null : iso(deadline),
      created_at: interview.created_at,
      updated_at: interview.created_at,
    };
    if (state === 'open' || state === 'today') {
      if (state === 'open') {
        due = clearOfBoundaries(due);
        row.due_at = iso(due);
      }
      const latest = deadline ?? due;
      if (due < now) row.due_notified_at = iso(due + MINUTE);
      if (latest < now && rng.chance(0.08)) {
        row.snoozed_until = iso(now + 3 * DAY);
        row.user_modified_at = iso(now - HOUR);
        open.snoozed += 1;
      } else if (latest < now) {
        open.overdue += 1;
        overdueTasks.push({ due, title });
      } else if (state === 'today') {
        open.today += 1;
      } else if (due < now + 7 * DAY) {
        open.upcoming += 1;
      } else {
        open.later += 1;
      }
    } else {
      const closed = Math.min(closedAt ?? due + rng.between(-12 * HOUR, 30 * HOUR), now - HOUR);
      row.status = state === 'done' ? 'done' : 'skipped';
      row.closed_at = iso(closed);
      row.updated_at = iso(closed);
      row.due_notified_at = due < closed ? iso(due + MINUTE) : null;
      if (state === 'done') row.completed_at = iso(closed);
      if (state === 'dropped') row.skip_reason = reason ?? 'The playbook no longer calls for this task.';
      else row.user_modified_at = iso(closed);
    }
    tasks.push(row);
  };

  /** What the user did with a task that came due a while ago. @returns {TaskState} */
  const habit = () => {
    const roll = rng.between(0, 1);
    return roll < 0.8 ? 'done' : roll < 0.95 ? 'skipped' : 'open';
  };

  const yesterday = 8;
  const FUTURE_DAYS = [1, 2, 3, 4, 5, 8, 9, 11, 13, 15, 18, 21];
  const past = INTERVIEW_COUNT - yesterday - FUTURE_DAYS.length;

  for (let i = 0; i < INTERVIEW_COUNT; i += 1) {
    const company = rng.pick(companies);
    const duration = rng.pick([30, 45, 60, 60, 90]);
    let scheduled;
    if (i < past) scheduled = now - (3 + ((past - 1 - i) * 727) / (past - 1)) * DAY - rng.between(0, 6 * HOUR);
    else if (i < past + yesterday) scheduled = now - 26 * HOUR - duration * MINUTE;
    else scheduled = now + FUTURE_DAYS[i - past - yesterday] * DAY;
    const end = scheduled + duration * MINUTE;
    const daysAgo = (now - end) / DAY;

    let outcome = 'pending';
    if (i < past) {
      const roll = rng.between(0, 1);
      if (daysAgo <= 45) outcome = roll < 0.55 ? 'pending' : roll < 0.8 ? 'rejected' : 'advanced';
      else outcome = roll < 0.5 ? 'rejected' : roll < 0.75 ? 'advanced' : roll < 0.85 ? 'withdrawn' : roll < 0.88 ? 'offer' : 'pending';
    }
    const decidedAt = outcome === 'pending' ? null : end + Math.min(rng.between(3, 17), daysAgo - 1) * DAY;
    const expectedBy = rng.chance(0.7) ? end + 7 * DAY : null;
    const interview = {
      id: newId(),
      company: company.name,
      position: rng.pick(POSITIONS),
      stage: rng.pick(STAGES),
      scheduled_at: iso(scheduled),
      timezone: TIME_ZONE,
      duration_minutes: duration,
      format: rng.pick(['phone', 'video', 'video', 'onsite']),
      location: rng.chance(0.5) ? 'https://meet.example/' + (i + 1).toString(36) : null,
      notes: rng.chance(0.3) ? `Prepared a story about ${rng.pick(TOPICS)}.` : null,
      status: scheduled < now ? 'completed' : 'scheduled',
      outcome,
      outcome_decided_at: decidedAt === null ? null : iso(decidedAt),
      discussion_points: [rng.pick(TOPICS)],
      next_steps_description: expectedBy === null ? null : 'They will get back to me within a week.',
      next_steps_expected_by: expectedBy === null ? null : iso(expectedBy).slice(0, 10),
      created_at: iso(Math.min(scheduled - 7 * DAY, now - DAY)),
      updated_at: iso(Math.min(scheduled - 7 * DAY, now - DAY)),
    };
    interviews.push(interview);

    const seats = rng.sample(company.people, 1 + rng.int(3));
    const people = seats.map((person, position) => {
      if (!person.contact) {
        person.contact = {
          id: newId(),
          name: person.name,
          email: person.email,
          title: person.title,
          company: company.name,
          linkedin_url: person.linkedin,
          created_at: interview.created_at,
          updated_at: interview.created_at,
        };
        contacts.push(person.contact);
      }
      const row = {
        id: newId(),
        interview_id: interview.id,
        position,
        name: person.name,
        title: person.title,
        email: person.email,
        linkedin_url: person.linkedin,
        is_hiring_manager: position === 0 && rng.chance(0.5),
        discussion_points: rng.chance(0.6) ? [rng.pick(TOPICS)] : [],
        contact_id: person.contact.id,
      };
      interviewers.push(row);
      return row;
    });
    const manager = people.find((p) => p.is_hiring_manager) ?? people[0];

    /**
     * Closed as the user left it if it came due long enough ago, else still open.
     * @param {number} due
     * @returns {TaskState}
     */
    const settled = (due) => (due < now - DAY ? habit() : 'open');
    /**
     * Tasks that only apply while the outcome is pending: closed by the user before the
     * decision, dropped by the playbook when it came.
     * @param {number} due
     * @returns {Fate}
     */
    const untilDecided = (due) => {
      if (decidedAt === null) return { state: settled(due) };
      if (due >= decidedAt) return { state: 'dropped', closedAt: decidedAt, reason: `The outcome is decided: ${DECIDED[outcome]}.` };
      return { state: rng.chance(0.85) ? 'done' : 'skipped' };
    };

    for (const person of people) {
      const due = end + 24 * HOUR;
      const state = i >= past && i < past + yesterday ? 'today' : i >= past ? 'open' : settled(due);
      addTask({ interview, person, kind: 'thank_you', key: `thank_you:${person.id}`, due, deadline: end + 48 * HOUR, state });
      if (person.linkedin_url) {
        const connectDue = end + 2 * DAY;
        addTask({ interview, person, kind: 'linkedin_connect', key: `linkedin_connect:${person.id}`, due: connectDue, state: settled(connectDue) });
      }
    }
    if (scheduled >= now) continue;

    if (expectedBy !== null) {
      const due = expectedBy + 2 * DAY;
      addTask({ interview, person: manager, kind: 'next_steps_follow_up', key: 'next_steps_follow_up', due, ...untilDecided(due) });
    }
    for (let occurrence = 1; occurrence <= 3; occurrence += 1) {
      const due = end + 14 * DAY * occurrence;
      const outcomeOf = untilDecided(due);
      addTask({ interview, person: manager, kind: 'periodic_update', key: `periodic_update:${occurrence}`, due, ...outcomeOf });
      // The next update is planned only once this one is closed.
      if (outcomeOf.state === 'open' || outcomeOf.state === 'dropped') break;
    }
    if (outcome === 'rejected' && decidedAt !== null) {
      /** @type {[keyof typeof TITLE, number][]} */
      const afterRejection = [['rejection_thank_you', 1], ['feedback_request', 1], ['reflection', 2]];
      for (const [kind, days] of afterRejection) {
        const due = decidedAt + days * DAY;
        addTask({ interview, person: kind === 'reflection' ? null : manager, kind, key: kind, due, state: settled(due) });
      }
      for (let occurrence = 1; ; occurrence += 1) {
        const due = decidedAt + 90 * DAY * occurrence;
        const state = settled(due);
        addTask({ interview, person: manager, kind: 'keep_in_touch', key: `keep_in_touch:${occurrence}`, due, state });
        if (state === 'open') break;
      }
    }
  }

  overdueTasks.sort((a, b) => a.due - b.due);
  const document = {
    format: 'afterword-export',
    version: 1,
    exported_at: iso(now),
    contacts,
    interviews,
    interviewers,
    tasks,
  };
  const closed = tasks.filter((t) => t.status !== 'open').length;
  return {
    document,
    counts: { interviews: interviews.length, interviewers: interviewers.length, contacts: contacts.length, tasks: tasks.length, closed },
    open,
    // The overdue group lists the oldest first; tasks due at the same moment tie.
    firstOverdueTitles: overdueTasks.filter((t) => t.due === overdueTasks[0]?.due).map((t) => t.title),
  };
}

/**
 * The playbook's own guidance for every kind it plans, from a preview (nothing is saved).
 * @param {BrowserContext} context
 * @param {string} baseUrl
 * @param {string} csrf
 */
async function playbookGuidance(context, baseUrl, csrf) {
  /** @type {Record<string, string>} */
  const guidance = {};
  for (const outcome of ['pending', 'rejected']) {
    const response = await context.request.post(`${baseUrl}/v1/playbook/preview`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        company: 'Preview Works',
        position: 'Engineer',
        scheduled_at: '2025-06-03T10:00:00+02:00',
        timezone: TIME_ZONE,
        outcome,
        interviewers: [{ name: 'Pat Doe', is_hiring_manager: true, linkedin_url: 'https://www.linkedin.com/in/pat-doe' }],
        next_steps: { description: 'A decision within a week', expected_by: '2025-06-10' },
      },
    });
    assert(response.ok(), `POST /v1/playbook/preview: ${response.status()} ${await response.text()}`);
    for (const task of /** @type {{ tasks: { kind: string, guidance: string }[] }} */ (await response.json()).tasks) {
      guidance[task.kind] = task.guidance;
    }
  }
  return guidance;
}

/**
 * In the page, before any of its scripts: note when the agenda's three groups and their
 * tasks are in the document (and the frame after, when they are painted), relative to the
 * start of the navigation.
 */
function watchForAgenda() {
  const rendered = () => {
    const headings = ['overdue', 'today', 'upcoming'].map((key) => document.getElementById(`agenda-${key}`));
    return headings.every((heading) => {
      const section = heading?.closest('section');
      if (!heading || !section) return false;
      const total = Number(/\((\d+)\)/.exec(heading.textContent ?? '')?.[1] ?? NaN);
      const cards = section.querySelectorAll('li.task-card h3').length;
      const more = Number(/and (\d+) more/.exec(section.textContent ?? '')?.[1] ?? 0);
      return cards > 0 && cards + more === total;
    });
  };
  const observer = new MutationObserver(() => {
    if (!rendered()) return;
    observer.disconnect();
    const marks = /** @type {any} */ (window);
    marks.__agendaInDocument = performance.now();
    requestAnimationFrame(() => {
      marks.__agendaPainted = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Seeds the account, then times the agenda cold and warm and fails above the budget.
 * @param {{ browser: Browser, baseUrl: string, stamp: string }} options
 */
export async function checkAgendaPerformance({ browser, baseUrl, stamp }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: TIME_ZONE });
  /** @type {import('playwright-core').Page | undefined} */
  let opened;
  try {
    // Seeding, not measured: sign up (which signs this browser in) and import the history.
    const seedStarted = performance.now();
    const registered = await context.request.post(`${baseUrl}/v1/auth/register`, {
      data: { name: 'Morgan Busy', email: `e2e-agenda-${stamp}@example.com`, password: 'correct horse battery staple', timezone: TIME_ZONE },
    });
    assert(registered.status() === 201, `POST /v1/auth/register: ${registered.status()} ${await registered.text()}`);
    const csrf = decodeURIComponent((await context.cookies(baseUrl)).find((c) => c.name === 'aw_csrf')?.value ?? '');
    const guidance = await playbookGuidance(context, baseUrl, csrf);
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    const history = buildHistory(now, guidance);
    const body = JSON.stringify(history.document);
    const imported = await context.request.post(`${baseUrl}/v1/import`, {
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      data: body,
      timeout: 60_000,
    });
    assert(imported.ok(), `POST /v1/import: ${imported.status()} ${(await imported.text()).slice(0, 2000)}`);
    const added = /** @type {Record<string, number>} */ (await imported.json());
    assert(added.interviews === INTERVIEW_COUNT && added.tasks === history.counts.tasks, `the import added ${JSON.stringify(added)}`);
    const { counts, open } = history;
    console.log(
      `    seeded in ${Math.round(performance.now() - seedStarted)} ms (${(body.length / 1e6).toFixed(1)} MB): ` +
        `${counts.interviews} interviews, ${counts.interviewers} interviewers, ${counts.contacts} contacts, ` +
        `${counts.tasks} tasks (${counts.closed} done or skipped; open: ${open.overdue} overdue, ${open.today} today, ` +
        `${open.upcoming} in the next 7 days, ${open.later} later, ${open.snoozed} snoozed)`,
    );

    // Measured: each load from the start of the navigation to the agenda painted.
    await context.addInitScript(watchForAgenda);
    const page = await context.newPage();
    opened = page;
    page.setDefaultTimeout(10_000);
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    /** @type {{ label: string, inDocument: number, painted: number, scriptsRun: number, apiFrom: number, apiTo: number, wallClock: number }[]} */
    const loads = [];
    for (let load = 0; load <= WARM_LOADS; load += 1) {
      const started = performance.now();
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => typeof (/** @type {any} */ (window)).__agendaPainted === 'number', undefined, { polling: 'raf' });
      const wallClock = performance.now() - started;
      const marks = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        const [navigation] = performance.getEntriesByType('navigation');
        const api = performance
          .getEntriesByType('resource')
          .find((entry) => entry instanceof PerformanceResourceTiming && new URL(entry.name).pathname === '/v1/agenda');
        return {
          inDocument: Number(w.__agendaInDocument),
          painted: Number(w.__agendaPainted),
          scriptsRun: navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : NaN,
          apiFrom: api?.startTime ?? NaN,
          apiTo: api instanceof PerformanceResourceTiming ? api.responseEnd : NaN,
        };
      });
      loads.push({ label: load === 0 ? 'cold' : `warm ${load}`, ...marks, wallClock });
    }
    const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
    for (const load of loads) {
      console.log(
        `    ${load.label.padEnd(6)}: painted at ${ms(load.painted)} (page scripts ran by ${ms(load.scriptsRun)}, ` +
          `GET /v1/agenda ${ms(load.apiFrom)}–${ms(load.apiTo)}, tasks in the document at ${ms(load.inDocument)}; ` +
          `${ms(load.wallClock)} as the test driver saw it)`,
      );
    }
    assert(problems.length === 0, `while loading the agenda:\n${problems.join('\n')}`);

    // What was rendered is the seeded agenda.
    const total = async (/** @type {string} */ key) =>
      Number(/\((\d+)\)/.exec((await page.locator(`#agenda-${key}`).textContent()) ?? '')?.[1]);
    const shown = { overdue: await total('overdue'), today: await total('today'), upcoming: await total('upcoming') };
    const expected = { overdue: open.overdue, today: open.today, upcoming: open.upcoming };
    assert(JSON.stringify(shown) === JSON.stringify(expected), `the agenda shows ${JSON.stringify(shown)}, the seed has ${JSON.stringify(expected)}`);
    const firstOverdue = await page.locator('section:has(> #agenda-overdue) li.task-card h3').first().textContent();
    assert(history.firstOverdueTitles.includes(firstOverdue ?? ''), `the oldest overdue task is "${firstOverdue}", expected one of ${history.firstOverdueTitles.join(' | ')}`);
    const cards = await page.locator('li.task-card').count();

    // The slowest load, not the median: every load must meet the requirement, and the cold
    // one is the one a person gets first.
    const worst = loads.reduce((a, b) => (b.painted > a.painted ? b : a));
    console.log(`    agenda (${cards} task cards shown): slowest load ${ms(worst.painted)} (${worst.label}), budget ${AGENDA_BUDGET_MS} ms`);
    assert(worst.painted < AGENDA_BUDGET_MS, `the agenda took ${ms(worst.painted)} to render (${worst.label} load); the budget is ${AGENDA_BUDGET_MS} ms`);
  } catch (error) {
    if (opened) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await opened.screenshot({ path: `${SCREENSHOT_DIR}agenda-performance-failure.png`, fullPage: true }).catch(() => undefined);
      console.log(`    the agenda at ${opened.url()}; screenshot: e2e/screenshots/agenda-performance-failure.png`);
    }
    throw error;
  } finally {
    await context.close();
  }
}
