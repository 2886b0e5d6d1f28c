// Checks the main pages of a Semillero running in dev mode (./mvnw quarkus:dev, demo data and the
// click-to-login page) as each demo person, in English and Spanish, at 1280 and 320 px wide:
// no sideways scrolling, no axe-core WCAG 2.0/2.1 A and AA violations, no message key shown.
// Screenshots go to ./shots. Exits 1 when a page fails. See README.md, "Checking the pages".
const { chromium } = require('playwright-core');
const fs = require('fs');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.env.SEMILLERO_URL || 'http://localhost:8080';
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';

const walks = {
  olga: ['/', '/ideas', '/challenges', '/review', '/events/open-data-week/ballot',
         '/events/atencion-ciudadana-2025/results', '/events/open-data-week/jury', '/help/results', '/no/such/page', '/dashboard/hot-spots'],
  ana: ['/', '/ideas/new', '/events/hackaton-tramites-2026', '/events/hackaton-tramites-2026/teams',
        '/events/hackaton-tramites-2026/teams/new', '/events/open-data-week/ballot', '/profile', '/projects',
        '/notifications', '/notifications/preferences', '/workshops', '/workshops/4', '/services',
        '/services/RC-CITA'],
  ines: ['/projects', '/dashboard', '/dashboard?cohort=ideas&from=2025-01-01&to=&event=&department=-', '/dashboard/capacity', '/workshops/new', '/workshops/1/attendance',
         '/services', '/services/RC-CITA', '/services/import', '/services/signals/import', '/services/unlinked',
         '/services/new', '/services/SS-URG/edit', '/dashboard/hot-spots'],
  admin: ['/admin/audit', '/teams/1', '/teams/1/submission', '/dev/outbox'],
};

async function check(browser, user, lang, width, failures) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 },
    extraHTTPHeaders: { 'Accept-Language': lang } });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await Promise.all([page.waitForNavigation(), page.$eval(`button[value="${user}"]`, b => b.click())]);
  // The language switcher (it also sets the profile's language, which wins over the browser's).
  await page.selectOption('#lang-switch', lang);
  await Promise.all([page.waitForNavigation(), page.$eval('form[action="/language"] button', b => b.click())]);
  for (const path of walks[user]) {
    const response = await page.goto(base + path);
    fs.mkdirSync('shots', { recursive: true });
    await page.screenshot({ path: `shots/${user}-${lang}-${width}${path.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // A key looked up and not found: dotted (vote.field.points) or a bundle name (jury_tie_VOTERS).
    const keys = await page.evaluate(() => (document.body.innerText.match(
      /\b[a-z]+\.[a-z-]+\.[a-zA-Z0-9._-]+\b|\b[a-z]+_[a-z]+_[A-Za-z0-9_]+\b/g) || [])
      .filter(w => !/\.(csv|json|png|html|org|com)$/.test(w)));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document,
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map(v => `${v.id}(${v.nodes.length})`));
    const shownIn = await page.evaluate(() => document.documentElement.lang);
    const line = `${response.status()} ${user} ${lang} ${width}px ${path}: lang ${shownIn}, overflow ${overflow}px, axe [${violations}], keys [${keys}]`;
    console.log(line);
    if (shownIn !== lang || overflow > 0 || violations.length || keys.length || response.status() >= 500) {
      failures.push(line);
    }
  }
  await context.close();
}

(async () => {
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'] });
  const failures = [];
  for (const user of Object.keys(walks)) {
    for (const lang of ['en', 'es']) {
      for (const width of [1280, 320]) {
        await check(browser, user, lang, width, failures);
      }
    }
  }
  await browser.close();
  console.log(failures.length ? `\n${failures.length} page(s) failed:\n${failures.join('\n')}` : '\nEvery page passed.');
  process.exit(failures.length ? 1 : 0);
})().catch(e => { console.error(e); process.exit(1); });
