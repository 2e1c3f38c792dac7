#!/usr/bin/env node
'use strict';
// End-to-end test of the search, in headless Chromium: builds the repository's own site with
// the travaux binary, serves it on a free local port, searches it from /search/?q=... with the
// real client (assets/search.js) and checks the order of the results; then the search box of
// an ordinary page driven from the keyboard ("/", typing, ArrowDown, Enter).
//
//   node Tests/EndToEnd/search.e2e.js        (run by scripts/test when Chromium is installed)
//
// Environment: TRAVAUX (default .build/debug/travaux), CHROMIUM (default: chromium on PATH),
// KEEP=1 keeps the temporary folder. Exit status 0 when every check passes, 1 otherwise.
// The site's sources (content/, themes/, templates/) are copied to a temporary folder first,
// so that the build leaves the clone untouched (it writes content/anchors.lock).

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { startServer, launchChromium, findChromium, siteRelative } = require('./headless.js');

const repo = path.resolve(__dirname, '..', '..');
const travaux = path.resolve(repo, process.env.TRAVAUX || '.build/debug/travaux');
const TIMEOUT_MS = 30000;

const failures = [];
const fail = (message) => { failures.push(message); console.error(`  FAIL ${message}`); };
const pass = (message) => console.log(`  ok   ${message}`);

async function resultsFor(browser, origin, query) {
  const url = `${origin}/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`;
  const page = await browser.open(url, {
    until: 'document.body && (document.body.dataset.searchState === "done" || document.body.dataset.searchState === "error")',
    timeoutMs: TIMEOUT_MS,
  });
  try {
    const state = await page.evaluate('document.body.dataset.searchState');
    const urls = await page.evaluate(
      `[...document.querySelectorAll('#search-results-list li.search-result')].map((li) => li.getAttribute('data-url'))`);
    return { url, state, urls, errors: page.errors.slice() };
  } finally {
    await page.close();
  }
}

function show(urls, n = 12) {
  return urls.slice(0, n).map((u, i) => `      ${i + 1}. ${u}`).join('\n') + (urls.length > n ? `\n      … ${urls.length - n} more` : '');
}

async function main() {
  if (!process.env.TRAVAUX_REPOSITORY_SITE && !fs.existsSync(travaux)) {
    throw new Error(`no travaux binary at ${travaux}: run 'swift build' first, or set TRAVAUX`);
  }
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is not installed (apt-get install -y chromium), or set CHROMIUM');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'travaux-e2e-'));
  let server;
  let browser;
  try {
    // scripts/test builds the repository's site once for the whole run (TRAVAUX_REPOSITORY_SITE).
    let out = process.env.TRAVAUX_REPOSITORY_SITE;
    if (out) {
      console.log(`search e2e: the repository's site built by scripts/test, ${out}`);
    } else {
      const source = path.join(tmp, 'site');
      out = path.join(tmp, 'public');
      for (const folder of ['content', 'themes', 'templates']) {
        if (fs.existsSync(path.join(repo, folder))) {
          fs.cpSync(path.join(repo, folder), path.join(source, folder), { recursive: true });
        }
      }
      console.log(`search e2e: ${path.relative(repo, travaux) || travaux} build --source <copy of the repository's site> --output ${out}`);
      try {
        execFileSync(travaux, ['build', '--source', source, '--output', out], { stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        throw new Error(`travaux build failed (exit status ${e.status}):\n${String(e.stderr || '').trim()}`);
      }
    }
    // Every file of the index is gzip of JSON (docs/search.md, "Files").
    const indexFile = path.join(out, 'search', 'index.json.gz');
    if (!fs.existsSync(indexFile)) throw new Error('the build wrote no search/index.json.gz');
    if (!fs.existsSync(path.join(out, 'assets', 'search.js'))) throw new Error('the build wrote no assets/search.js');
    const index = JSON.parse(zlib.gunzipSync(fs.readFileSync(indexFile)));
    const latest = index.latest && index.latest.draft;
    if (!latest) throw new Error('search/index.json.gz has no latest.draft');

    server = await startServer({ mounts: [{ prefix: '/', dir: out }] });
    browser = await launchChromium({ executable: chromium });
    console.log(`search e2e: ${browser.version}, site served at ${server.origin}/`);

    // "dual criminality": the two positions that discuss it come first, before any draft text
    {
      const r = await resultsFor(browser, server.origin, 'dual criminality');
      const urls = r.urls.map(siteRelative);
      const stakeholders = ['positions/icc-2023-cnd-considerations/', 'positions/gi-toc-2023-11-key-positions/'];
      if (r.state !== 'done') fail(`"dual criminality": the client ended in state "${r.state}"${r.errors.length ? ': ' + r.errors.join('; ') : ''}`);
      if (!urls.length) {
        fail(`"dual criminality": no result (${r.url})`);
      } else {
        const first = urls[0];
        if (stakeholders.some((s) => first.startsWith(s))) pass(`"dual criminality": first result ${first}`);
        else fail(`"dual criminality": the first result is ${first}, not a passage of ${stakeholders.join(' or ')}; results:\n${show(urls)}`);
        const firstDraft = urls.findIndex((u) => u.startsWith('drafts/'));
        for (const s of stakeholders) {
          const at = urls.map((u, i) => (u.startsWith(s) ? i : -1)).filter((i) => i >= 0);
          if (!at.length) {
            fail(`"dual criminality": no passage of ${s} among the ${urls.length} results:\n${show(urls)}`);
          } else if (firstDraft >= 0 && at.some((i) => i > firstDraft)) {
            fail(`"dual criminality": a passage of ${s} (#${at.find((i) => i > firstDraft) + 1}) comes after the drafts/ result #${firstDraft + 1}:\n${show(urls)}`);
          } else {
            pass(`"dual criminality": ${s} at ${at.map((i) => '#' + (i + 1)).join(', ')}, ` +
              (firstDraft >= 0 ? `before the first drafts/ result (#${firstDraft + 1})` : 'no drafts/ result'));
          }
        }
      }
    }

    // "art 24": Article 24 of the latest draft first
    {
      const r = await resultsFor(browser, server.origin, 'art 24');
      const urls = r.urls.map(siteRelative);
      const expected = `drafts/${latest}/#art_24`;
      if (r.state !== 'done') fail(`"art 24": the client ended in state "${r.state}"${r.errors.length ? ': ' + r.errors.join('; ') : ''}`);
      if (!urls.length) fail(`"art 24": no result (${r.url})`);
      else if (urls[0] === expected) pass(`"art 24": first result ${r.urls[0]}`);
      else fail(`"art 24": the first result is ${r.urls[0]}, expected ${expected} (latest.draft of search/index.json.gz); results:\n${show(urls)}`);
    }

    // Keyboard: on any page "/" focuses the search box, typing lists quick results, ArrowDown
    // selects the first, Enter opens it: "art 24" opens Article 24 of the latest draft.
    {
      const expected = `drafts/${latest}/#art_24`;
      const page = await browser.open(`${server.origin}/positions/`, { timeoutMs: TIMEOUT_MS });
      try {
        const focused = await page.evaluate(`(() => {
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
          const box = document.activeElement;
          if (!box || box.name !== 'q') return null;
          box.value = 'art 24';
          box.dispatchEvent(new Event('input', { bubbles: true }));
          return box.id;
        })()`);
        if (!focused) throw new Error('"/" did not focus the search box');
        pass(`keyboard: "/" focuses #${focused}`);
        const giveUpAt = Date.now() + TIMEOUT_MS;
        while (!(await page.evaluate(`document.querySelectorAll('#${focused} ~ [role=listbox] [role=option], [role=listbox]:not([hidden]) [role=option]').length`))) {
          if (Date.now() > giveUpAt) throw new Error('no quick results listed while typing "art 24"');
          await new Promise((r) => setTimeout(r, 25));
        }
        const selected = await page.evaluate(`(() => {
          const box = document.getElementById('${focused}');
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
          const id = box.getAttribute('aria-activedescendant');
          return id && document.getElementById(id) ? document.getElementById(id).getAttribute('aria-selected') : null;
        })()`);
        if (selected === 'true') pass('keyboard: ArrowDown selects the first quick result (aria-activedescendant)');
        else fail(`keyboard: ArrowDown did not select a quick result (aria-selected ${selected})`);
        await page.evaluate(`(() => {
          document.getElementById('${focused}').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
          return true;
        })()`);
        let landed = '';
        while (Date.now() < giveUpAt) {
          try { landed = siteRelative(await page.evaluate('location.href')); } catch { /* navigating */ }
          if (landed.startsWith('drafts/')) break;
          await new Promise((r) => setTimeout(r, 25));
        }
        if (landed === expected) pass(`keyboard: Enter opens ${landed}`);
        else fail(`keyboard: Enter on "art 24" went to ${landed || 'nowhere'}, expected ${expected}`);
      } catch (e) {
        fail(`keyboard: ${e.message}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    if (browser) await browser.close();
    if (server) await server.close();
    if (process.env.KEEP) console.log(`search e2e: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`search e2e: ${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log('search e2e: all checks passed');
}

main().catch((e) => {
  console.error(`search e2e: ${e.message}`);
  process.exit(1);
});
