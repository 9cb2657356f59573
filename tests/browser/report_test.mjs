// End-to-end test of the HTML report in Debian's chromium, driven by
// playwright-core over the DevTools protocol: a reviewer's path through the demo
// report (sort, filter, URL-kept state, search, article page, evidence links,
// keyboard only), axe-core on every kind of page, and a hostile report that must
// raise no dialog, run no injected script and log no CSP violation.
//
//   node report_test.mjs PROVSCORE_BINARY REPO_DIR [--screenshots DIR]
// Exit 0 when all pass, 1 on a failure, 77 (ctest's skip code) when chromium or
// node_modules is missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.PROVSCORE_CHROMIUM || '/usr/bin/chromium';
const [binary, repo] = process.argv.slice(2);
const shotsAt = process.argv.indexOf('--screenshots');
const shotsDir = shotsAt > 0 ? process.argv[shotsAt + 1] : null;

if (!binary || !repo) {
  console.error('usage: node report_test.mjs PROVSCORE_BINARY REPO_DIR [--screenshots DIR]');
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: no chromium at ${CHROMIUM} (scripts/install-deps.sh installs Debian's chromium)`);
  process.exit(77);
}
let chromium, axeSource;
try {
  ({ chromium } = require('playwright-core'));
  axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch (e) {
  console.log(`SKIP: tests/browser/node_modules is missing (scripts/install-deps.sh runs npm ci there): ${e.message}`);
  process.exit(77);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provscore-browser-'));
const demo = path.join(work, 'demo');
const hostile = path.join(work, 'hostile');
execFileSync(binary, ['score', path.join(repo, 'examples'), '--rules', path.join(repo, 'examples', 'rules'), '--out', demo, '-q']);
// The hostile fixture page, plus one with a 1 MB title made here.
const hostileIn = path.join(work, 'hostile-in');
fs.mkdirSync(hostileIn);
fs.copyFileSync(path.join(repo, 'tests', 'data', 'hostile', 'hostile.html'), path.join(hostileIn, 'hostile.html'));
fs.writeFileSync(path.join(hostileIn, 'huge-title.html'),
  `<!DOCTYPE html><html><head><title>${'W'.repeat(1 << 20)}</title></head><body><article><p>${'A short body sentence. '.repeat(30)}</p></article></body></html>`);
try {
  execFileSync(binary, ['score', hostileIn, '--out', hostile, '-q']);
} catch (e) {
  if (e.status !== 1) throw e;  // 1: some documents had errors, which is fine here
}

let passed = 0, failed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`);
  }
}
function assert(cond, message) { if (!cond) throw new Error(message); }

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provscore-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
// Everything a page might do that it must not: dialogs, console errors, uncaught
// errors, CSP violations (reported by an init script, which CSP does not govern).
const incidents = [];
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  });
});
context.on('page', watch);
function watch(page) {
  page.on('dialog', async (d) => { incidents.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') incidents.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => incidents.push(`page error: ${e.message}`));
}
const page = context.pages()[0] || await context.newPage();
watch(page);
const indexUrl = (dir) => pathToFileURL(path.join(dir, 'report.html')).href;
const rowCount = () => page.locator('#articles tbody tr').count();
async function ready() { await page.waitForSelector('html[data-ready="true"]'); }
async function noIncidents() {
  await page.waitForTimeout(50);
  assert(incidents.length === 0, incidents.join('; '));
}
async function axe(label) {
  await page.evaluate(axeSource);  // DevTools evaluation: not subject to the page's CSP
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(serious.length === 0, `${label}: ${serious.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0].target}`).join('; ')}`);
}

await check('index lists every article', async () => {
  await page.goto(indexUrl(demo));
  await ready();
  assert(await rowCount() === 7, `rows: ${await rowCount()}`);
  assert((await page.textContent('#shown')).startsWith('7 of 7'), 'count line');
  await noIncidents();
});

await check('sorting by overall puts the best first, then the worst', async () => {
  await page.click('th[data-key="o"] button');
  const first = await page.locator('#articles tbody tr td:nth-child(5)').allTextContents();
  const nums = first.map(Number);
  assert(nums.every((n, i) => i === 0 || nums[i - 1] >= n), `not descending: ${nums}`);
  assert(await page.getAttribute('th[data-key="o"]', 'aria-sort') === 'descending', 'aria-sort');
  await page.click('th[data-key="o"] button');
  const again = (await page.locator('#articles tbody tr td:nth-child(5)').allTextContents()).map(Number);
  assert(again.every((n, i) => i === 0 || again[i - 1] <= n), `not ascending: ${again}`);
  assert(page.url().includes('sort=o'), `hash: ${page.url()}`);
});

await check('each filter narrows the table and is kept in the URL', async () => {
  await page.goto(indexUrl(demo));
  await ready();
  await page.selectOption('#f-grade', 'A');
  assert(await rowCount() === 2, `grade A rows: ${await rowCount()}`);
  assert(page.url().includes('grade=A'), page.url());
  await page.reload();
  await ready();
  assert(await page.inputValue('#f-grade') === 'A', 'grade kept after reload');
  assert(await rowCount() === 2, 'rows kept after reload');
  await page.click('#reset');
  await page.selectOption('#f-fam', 'injected_cross_link');
  assert(await rowCount() === 3, `cross-link rows: ${await rowCount()}`);
  await page.selectOption('#f-fam', '');
  await page.selectOption('#f-site', 'Nordic Wire');
  assert(await rowCount() === 1, `site rows: ${await rowCount()}`);
  await page.selectOption('#f-site', '');
  await page.selectOption('#f-err', 'yes');
  assert(await rowCount() === 0, 'no demo article has errors');
  await page.selectOption('#f-err', 'no');
  assert(await rowCount() === 7, 'all without errors');
  await page.click('#reset');
  const lang = await page.locator('#f-lang option').nth(1).getAttribute('value');
  await page.selectOption('#f-lang', lang);
  assert(await rowCount() >= 1, 'language filter keeps its articles');
  // A shared view: the URL alone restores it.
  await page.goto(indexUrl(demo) + '#q=glacier&sort=o&dir=desc');
  await ready();
  assert(await page.inputValue('#q') === 'glacier', 'search restored from URL');
  assert(await rowCount() === 3, `glacier rows: ${await rowCount()}`);
  await noIncidents();
});

await check('an article page highlights evidence, linked to its reason and back', async () => {
  await page.goto(indexUrl(demo) + '#q=Scandinavian');
  await ready();
  await page.click('#articles tbody tr a');
  await page.waitForSelector('h1');
  const marks = await page.locator('.body mark').count();
  assert(marks >= 1, 'no highlight');
  const href = await page.getAttribute('.body mark a', 'href');
  await page.click('.body mark a');
  assert(page.url().endsWith(href), `followed to ${page.url()}`);
  const target = page.locator(href);
  assert(await target.isVisible(), 'signal entry visible');
  const back = target.locator('a[href^="#ev-"]').first();
  const backHref = await back.getAttribute('href');
  await back.click();
  assert(page.url().endsWith(backHref), 'back to the highlight');
  assert(await page.locator('h2#h-cluster').count() === 1, 'cluster section shown for a copy');
  assert(await page.locator('table.side tbody td').count() >= 2, 'side-by-side passages');
  await noIncidents();
  await axe('article page');
});

await check('keyboard only: search, sort, open an article', async () => {
  await page.goto(indexUrl(demo));
  await ready();
  let guard = 0;
  while (await page.evaluate(() => document.activeElement.id) !== 'q' && guard++ < 40) await page.keyboard.press('Tab');
  assert(guard < 40, 'search box not reachable by Tab');
  await page.keyboard.type('harbour');
  assert(await rowCount() === 2, `harbour rows: ${await rowCount()}`);
  guard = 0;
  while (await page.evaluate(() => document.activeElement.closest('th') === null) && guard++ < 40) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert(await page.locator('th[aria-sort]').count() === 1, 'Enter on a header sorts');
  guard = 0;
  while (await page.evaluate(() => document.activeElement.closest('tbody') === null) && guard++ < 40) await page.keyboard.press('Tab');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert(page.url().includes('/a/'), `opened ${page.url()}`);
  await noIncidents();
});

await check('axe-core finds no serious violation on the index', async () => {
  await page.goto(indexUrl(demo));
  await ready();
  await axe('index');
});

await check('the hostile report runs nothing injected and breaks no layout', async () => {
  await page.goto(indexUrl(hostile));
  await ready();
  assert(await rowCount() === 2, `rows: ${await rowCount()}`);
  const links = await page.locator('#articles tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of links) {
    await page.goto(new URL(href, indexUrl(hostile)).href);
    await page.waitForSelector('h1');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 1300, `${href}: page is ${width}px wide`);
    const pwned = await page.evaluate(() => window.__pageScriptRan === true);
    assert(!pwned, 'a page script ran');
    for (const a of await page.locator('a[href]').evaluateAll((as) => as.map((x) => x.getAttribute('href')))) {
      assert(!/^\s*(javascript|data|vbscript):/i.test(a), `${href}: link to ${a}`);
    }
    for (const a of await page.locator('a[href^="http"]').evaluateAll((as) => as.map((x) => x.rel))) {
      assert(a === 'noopener noreferrer', `rel ${a}`);
    }
  }
  assert(incidents.length === 0, incidents.join('; '));
});

await check('the seeds report (../shared/seeds) opens cleanly, every page', async () => {
  const seeds = path.join(repo, '..', 'shared', 'seeds');
  if (!fs.existsSync(seeds)) { console.log('     (no ../shared/seeds here; checked nothing)'); return; }
  const out = path.join(work, 'seeds');
  try { execFileSync(binary, ['score', seeds, '--out', out, '-q']); } catch (e) { if (e.status !== 1) throw e; }
  await page.goto(indexUrl(out));
  await ready();
  const n = await rowCount();
  assert(n === fs.readdirSync(path.join(out, 'a')).length, `rows ${n}`);
  for (const href of await page.locator('#articles tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await page.goto(new URL(href, indexUrl(out)).href);
    await page.waitForSelector('h1');
  }
  await axe('a seeds article page');
  await noIncidents();
});

if (shotsDir) {
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(indexUrl(demo));
    await ready();
    await page.screenshot({ path: path.join(shotsDir, `overview-${scheme}.png`), fullPage: true });
    await page.goto(indexUrl(demo) + '#q=Scandinavian');
    await ready();
    await page.click('#articles tbody tr a');
    await page.waitForSelector('h1');
    await page.screenshot({ path: path.join(shotsDir, `article-${scheme}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(indexUrl(demo));
  await ready();
  await page.screenshot({ path: path.join(shotsDir, 'overview-phone.png'), fullPage: false });
  console.log(`screenshots in ${shotsDir}`);
}

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
fs.rmSync(work, { recursive: true, force: true });
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
