// Opens a report's index in Debian's chromium and times what a reviewer waits for:
// load to a rendered table, then each filter and a search (median of 5 each).
//   node open_bench.mjs REPORT_HTML
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provscore-bench-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] || await context.newPage();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const loads = [];
for (let i = 0; i < 5; i++) {
  const t = Date.now();
  await page.goto(pathToFileURL(process.argv[2]).href);
  await page.waitForSelector('html[data-ready="true"]');
  loads.push(Date.now() - t);
}
async function timed(fn) {
  const xs = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => { document.getElementById('reset').click(); });
    xs.push(await page.evaluate(fn));
  }
  return median(xs);
}
const filters = {
  grade: () => { const s = document.getElementById('f-grade'); const t = performance.now(); s.value = s.options[1].value; s.dispatchEvent(new Event('change')); return performance.now() - t; },
  family: () => { const s = document.getElementById('f-fam'); const t = performance.now(); s.value = s.options[1].value; s.dispatchEvent(new Event('change')); return performance.now() - t; },
  site: () => { const s = document.getElementById('f-site'); const t = performance.now(); s.value = s.options[1].value; s.dispatchEvent(new Event('change')); return performance.now() - t; },
  search: () => { const q = document.getElementById('q'); const t = performance.now(); q.value = 'the'; q.dispatchEvent(new Event('input')); return performance.now() - t; },
  sort: () => { const b = document.querySelector('th[data-key="o"] button'); const t = performance.now(); b.click(); return performance.now() - t; },
};
const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return {responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, ready: Number(document.documentElement.dataset.readyAt || 0)}; });
console.log(`  last load (ms from navigation start): ${JSON.stringify(Object.fromEntries(Object.entries(nav).map(([k, v]) => [k, Math.round(v)])))}`);
const rows = await page.evaluate(() => JSON.parse(document.getElementById('rows').textContent).rows.length);
console.log(`chromium: ${rows} rows; open to a rendered table ${median(loads)} ms (median of 5)`);
for (const [name, fn] of Object.entries(filters)) console.log(`  ${name}: ${(await timed(fn)).toFixed(1)} ms`);
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
