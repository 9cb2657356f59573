#!/usr/bin/env node
// Runs Mozilla Readability (under jsdom) over HTML files for tests/eval/extraction.py.
// Usage: node readability_js.js OUT.json FILE... ; writes {"texts": {basename: text},
// "seconds": extraction time (parse + Readability, no start-up), "errors": {basename: msg}}.
// The text is article.textContent, as scrapinghub/article-extraction-benchmark's
// extractors/readability_js/cli.js takes it.
'use strict';
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');
const fs = require('node:fs');
const path = require('node:path');

const [out, ...files] = process.argv.slice(2);
const texts = {};
const errors = {};
let seconds = 0;
const quiet = new VirtualConsole();  // pages' CSS and script warnings are not ours to print
for (const file of files) {
  const html = fs.readFileSync(file, 'utf-8');
  const name = path.basename(file);
  const start = process.hrtime.bigint();
  try {
    const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    texts[name] = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    texts[name] = '';
    errors[name] = String(e && e.message ? e.message : e).slice(0, 200);
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
}
fs.writeFileSync(out, JSON.stringify({ texts, seconds, errors }));
