#!/usr/bin/env node
'use strict';
// The browser part of the search benchmark (Benchmarks/search.sh; README.md, "Search"): what
// a browser fetches to answer a query, with Travaux's search and with Pagefind's, on the same
// site. Node's standard library and headless Chromium (Tests/EndToEnd/headless.js).
//
//   node Benchmarks/search_browser.js --site SITE --pagefind PAGEFIND --out FETCHES.json
//        [--query Q]... [--results 10] [--timeout 60] [--engines travaux,pagefind]
//
// One local server, no compression, no caching: / is SITE (Travaux's built site) and
// /pagefind/ is PAGEFIND (Pagefind's output for the same pages). Each query is answered in a
// fresh browser context (empty cache), twice:
//   travaux   /search/?q=Q, Travaux's own search page, until the client sets
//             document.body.dataset.searchState = "done";
//   pagefind  a harness page (served from memory, not written to the site) that imports
//             /pagefind/pagefind.js, awaits pagefind.search(Q), then loads data() of the first
//             --results results, as Pagefind's default UI does for the results it shows.
// The server records every response it sends (from workers too); FETCHES.json lists them per
// query and engine with the file each came from. Which of them count (the search client and
// its index, not the page's own HTML and CSS) is decided by search_report.py.

const fs = require('node:fs');
const path = require('node:path');
const { startServer, launchChromium } = require('../Tests/EndToEnd/headless.js');

function parseArgs(argv) {
  const o = { queries: [], results: 10, timeout: 60, engines: ['travaux', 'pagefind'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--site') o.site = value();
    else if (a === '--pagefind') o.pagefind = value();
    else if (a === '--out') o.out = value();
    else if (a === '--query') o.queries.push(value());
    else if (a === '--results') o.results = Number(value());
    else if (a === '--timeout') o.timeout = Number(value());
    else if (a === '--engines') o.engines = value().split(',');
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.site || !o.pagefind || !o.out) throw new Error('--site, --pagefind and --out are required');
  if (!o.queries.length) o.queries = ['dual criminality', 'safeguards', 'data protection', 'art 24'];
  return o;
}

// Run before the page's own scripts: notes when data-search-state becomes "done" (ms since
// the navigation started), so that the time to results needs no polling.
const WATCH = `(() => {
  const seen = () => {
    const b = document.body;
    if (b && b.dataset.searchState === 'done' && window.__searchDoneAt === undefined) {
      window.__searchDoneAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { attributes: true, subtree: true, childList: true,
    attributeFilter: ['data-search-state'] });
})();`;

const PAGEFIND_HARNESS = (results) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark harness</title></head>
<body>
<script type="module">
const q = new URLSearchParams(location.search).get('q') || '';
try {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(q);
  const shown = await Promise.all(search.results.slice(0, ${results}).map((r) => r.data()));
  window.__results = { total: search.results.length, urls: shown.map((d) => d.url) };
  document.body.dataset.searchState = 'done';
} catch (e) {
  window.__error = String(e && e.stack || e);
  document.body.dataset.searchState = 'error';
}
</script>
</body></html>
`;

const RESOURCES = `performance.getEntriesByType('resource').map((e) => ({ url: e.name,
  encodedBodySize: e.encodedBodySize, transferSize: e.transferSize, decodedBodySize: e.decodedBodySize }))`;

async function waitQuiet(log, ms = 300) {
  // Let requests the page starts right after it is done (prefetches) arrive and be counted.
  let last = log.length;
  for (;;) {
    await new Promise((r) => setTimeout(r, ms));
    if (log.length === last) return;
    last = log.length;
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const site = path.resolve(o.site);
  const pagefind = path.resolve(o.pagefind);
  for (const [engine, what, file] of [['travaux', 'Travaux search page', path.join(site, 'search/index.html')],
    ['pagefind', 'pagefind.js', path.join(pagefind, 'pagefind.js')]]) {
    if (o.engines.includes(engine) && !fs.existsSync(file)) throw new Error(`no ${what} at ${file}`);
  }
  const server = await startServer({
    mounts: [{ prefix: '/', dir: site }, { prefix: '/pagefind/', dir: pagefind }],
    pages: { '/__bench/pagefind.html': PAGEFIND_HARNESS(o.results) },
  });
  const browser = await launchChromium();
  const out = { chromium: browser.version, origin: server.origin, results_loaded_by_pagefind: o.results, queries: [] };
  try {
    for (const q of o.queries) {
      const entry = { query: q };
      for (const engine of o.engines) {
        const url = engine === 'travaux'
          ? `${server.origin}/search/?q=${encodeURIComponent(q)}`
          : `${server.origin}/__bench/pagefind.html?q=${encodeURIComponent(q)}`;
        server.log.length = 0;
        const started = Date.now();
        const page = await browser.open(url, {
          until: 'document.body && (document.body.dataset.searchState === "done" || document.body.dataset.searchState === "error")',
          timeoutMs: o.timeout * 1000,
          init: WATCH,
        });
        const wall = Date.now() - started;
        await waitQuiet(server.log);
        const state = await page.evaluate('document.body.dataset.searchState');
        let shown;
        if (engine === 'travaux') {
          shown = await page.evaluate(`(() => { const items = [...document.querySelectorAll('#search-results-list li.search-result')];
            return { total: null, urls: items.map((li) => li.dataset.url) }; })()`);
        } else {
          if (state === 'error') throw new Error(`Pagefind failed on "${q}": ${await page.evaluate('window.__error')}`);
          shown = await page.evaluate('window.__results');
        }
        const doneAt = await page.evaluate('window.__searchDoneAt === undefined ? null : window.__searchDoneAt');
        const resources = await page.evaluate(RESOURCES);
        const errors = page.errors.slice();
        await page.close();
        entry[engine] = {
          url: url.slice(server.origin.length), state, shown: shown.urls.length, total: shown.total,
          first_results: shown.urls.slice(0, 10), ms_to_results: doneAt === null ? null : Math.round(doneAt),
          ms_wall: wall, page_errors: errors,
          fetched: server.log.map(({ path: p, file, status, bytes }) => {
            const root = file === null ? null : (file.startsWith(pagefind + path.sep) ? 'pagefind' : 'site');
            return { path: p, root, file: file && path.relative(root === 'pagefind' ? pagefind : site, file), status, bytes };
          }),
          resource_timing: resources,
        };
        process.stdout.write(`  ${engine.padEnd(8)} ${JSON.stringify(q).padEnd(20)} ${String(server.log.length).padStart(3)} requests, ` +
          `${String(server.log.reduce((s, e) => s + e.bytes, 0)).padStart(10)} bytes (all, page included), ${shown.urls.length} results shown` +
          `${state === 'done' ? '' : ' [state ' + state + ']'}\n`);
      }
      out.queries.push(entry);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  fs.writeFileSync(o.out, JSON.stringify(out, null, 2) + '\n');
}

main().catch((e) => {
  console.error(`search_browser.js: ${e.message}`);
  process.exit(1);
});
