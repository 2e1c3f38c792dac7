#!/usr/bin/env node
'use strict';
// End-to-end test of `travaux serve`, in headless Chromium: serves a new site (as `travaux new
// site` writes it) from a temporary folder, opens its position page, scrolls it, edits the
// position's Markdown and sees the page change without a manual reload, at the same scroll
// position, reloaded once, while a page the edit did not change is not reloaded; then breaks the file and sees the problem over the last good page, fixes it and
// sees the overlay go. The site folder must hold nothing new afterwards (no public/).
//
//   node Tests/EndToEnd/serve.e2e.js        (run by scripts/test when Chromium is installed)
//
// Environment: TRAVAUX (default .build/debug/travaux), CHROMIUM (default: chromium on PATH),
// KEEP=1 keeps the temporary folder. Exit status 0 when every check passes, 1 otherwise.

const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launchChromium, findChromium } = require('./headless.js');

const repo = path.resolve(__dirname, '..', '..');
const travaux = path.resolve(repo, process.env.TRAVAUX || '.build/debug/travaux');
const TIMEOUT_MS = 20000;

const failures = [];
const fail = (message) => { failures.push(message); console.error(`  FAIL ${message}`); };
const pass = (message) => console.log(`  ok   ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `travaux serve` on a free port; resolves to { origin, child, output() }. */
function startServe(site) {
  const child = spawn(travaux, ['serve', '--source', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`travaux serve printed no address within 30 s:\n${out}${err}`)), 30000);
    child.stdout.on('data', (d) => {
      out += d;
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1], child, output: () => out + err });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`travaux serve exited (${code}):\n${out}${err}`)); });
  });
}

/** Polls `expression` in `page` until it is truthy; returns whether it became so. */
async function waitFor(page, expression, timeoutMs = TIMEOUT_MS) {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    try { if (await page.evaluate(`Boolean(${expression})`)) return true; } catch { /* reloading */ }
    await sleep(50);
  }
  return false;
}

/** Every file below `folder`, as relative paths. */
function listing(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full); else files.push(path.relative(folder, full));
    }
  };
  walk(folder);
  return files.sort();
}

async function main() {
  if (!fs.existsSync(travaux)) throw new Error(`no travaux binary at ${travaux}: run 'swift build' first, or set TRAVAUX`);
  if (!findChromium()) throw new Error('Chromium is not installed (apt-get install -y chromium), or set CHROMIUM');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'travaux-serve-e2e-'));
  const site = path.join(tmp, 'site');
  let serve;
  let browser;
  try {
    execFileSync(travaux, ['new', 'site', site], { stdio: 'ignore' });
    const positions = path.join(site, 'content', 'positions');
    const file = path.join(positions, fs.readdirSync(positions).filter((n) => n.endsWith('.md')).sort()[0]);
    const id = path.basename(file, '.md');
    // Long enough to scroll.
    const original = fs.readFileSync(file, 'utf8') + Array.from({ length: 80 }, (_, i) => `\nFiller paragraph ${i + 1}.\n`).join('');
    fs.writeFileSync(file, original);
    const before = listing(site);

    serve = await startServe(site);
    console.log(`serve e2e: ${serve.origin}, ${path.relative(site, file)}`);
    browser = await launchChromium();
    // Each page counts its loads in its sessionStorage.
    const countLoads = 'sessionStorage.setItem("e2e-loads", String(Number(sessionStorage.getItem("e2e-loads") || 0) + 1))';
    const page = await browser.open(`${serve.origin}/positions/${id}/`, { timeoutMs: TIMEOUT_MS, init: countLoads });
    // A page the edit does not change (its bytes are compared below), which must not reload.
    const otherAddress = `${serve.origin}/drafts/`;
    const other = await browser.open(otherAddress, { timeoutMs: TIMEOUT_MS, init: countLoads });
    const served = async (address) => (await (await fetch(address)).text()).replace(/<script data-travaux-serve>[\s\S]*?<\/script>\n/, '');
    const otherBefore = await served(otherAddress);
    try {
      if (await waitFor(page, 'document.querySelector("script[data-travaux-serve]")', 2000)) pass('the served page carries the live reload script');
      else fail('no live reload script in the served page');
      await page.evaluate('window.scrollTo(0, 600), window.notReloaded = true');
      await sleep(300);
      const scrolled = await page.evaluate('window.scrollY');

      fs.writeFileSync(file, original.replace('Filler paragraph 1.', 'Edited by the end-to-end test.'));
      if (await waitFor(page, 'document.body.textContent.includes("Edited by the end-to-end test.")')) {
        pass('an edit of the Markdown shows in the open page without a manual reload');
      } else {
        fail(`the edit did not show in the page:\n${serve.output()}`);
      }
      if (await page.evaluate('window.notReloaded === undefined')) pass('the page was reloaded by the live reload script');
      else fail('the page changed but was not reloaded');
      // The edited position's page is shown at once, then the whole site is built again:
      // wait for that build before looking at the reloads and the scroll.
      const startedAt = Date.now();
      while (Date.now() - startedAt < TIMEOUT_MS) {
        const output = serve.output();
        const shown = output.lastIndexOf('travaux: showed ');
        if (shown < 0 || /travaux: (re)?built /.test(output.slice(shown))) break;
        await sleep(50);
      }
      await sleep(1000);
      // One reload for the edit: the fast page, the pages of the incremental build and its
      // search index are the same bytes for this page, and a page that did not fetch the
      // search index does not reload for it.
      const loads = await page.evaluate('sessionStorage.getItem("e2e-loads")');
      if (loads === '2') pass('the edited page reloaded once');
      else fail(`the edited page loaded ${loads} times, not twice (once, then one reload)`);
      const otherChanged = (await served(otherAddress)) !== otherBefore;
      const otherLoads = await other.evaluate('sessionStorage.getItem("e2e-loads")');
      if (otherLoads === (otherChanged ? '2' : '1')) pass(`a page whose bytes ${otherChanged ? 'changed reloaded once' : 'did not change did not reload'}`);
      else fail(`/drafts/ (${otherChanged ? 'changed' : 'unchanged'}) loaded ${otherLoads} times`);
      await waitFor(page, `document.readyState === "complete" && Math.abs(window.scrollY - ${scrolled}) <= 2`, 3000);
      const scrollY = await page.evaluate('window.scrollY');
      if (scrolled > 0 && Math.abs(scrollY - scrolled) <= 2) pass(`the reloaded page kept its scroll position (${scrolled})`);
      else fail(`the reloaded page is at scrollY ${scrollY}, not ${scrolled}`);

      fs.writeFileSync(file, '---\ntitle: [unclosed <b>bold</b>\n---\n');
      if (await waitFor(page, 'document.getElementById("travaux-serve-problems")')) {
        const text = await page.evaluate('document.getElementById("travaux-serve-problems").textContent');
        const name = path.relative(site, file);
        if (text.includes(`${name}:2: error:`)) pass('a broken file shows its problem over the page (file, line, message)');
        else fail(`the overlay does not name ${name}:2: ${text}`);
        if (await page.evaluate('document.body.textContent.includes("Edited by the end-to-end test.") && !document.querySelector("#travaux-serve-problems b")')) {
          pass('the last good page stays under the overlay, the message shown as text');
        } else {
          fail('the last good page is gone, or the message was read as HTML');
        }
      } else {
        fail(`no overlay after breaking the file:\n${serve.output()}`);
      }
      fs.writeFileSync(file, original.replace('Filler paragraph 1.', 'Fixed by the end-to-end test.'));
      if (await waitFor(page, '!document.getElementById("travaux-serve-problems") && document.body.textContent.includes("Fixed by the end-to-end test.")')) {
        pass('fixing the file clears the overlay and reloads the page');
      } else {
        fail('the overlay stayed after the fix');
      }
    } finally {
      await page.close();
      await other.close();
    }
    const after = listing(site);
    if (JSON.stringify(after) === JSON.stringify(before)) pass('serve wrote nothing in the site folder');
    else fail(`the site folder changed: ${after.filter((f) => !before.includes(f)).join(', ')}`);
  } finally {
    if (browser) await browser.close();
    if (serve) serve.child.kill('SIGTERM');
    if (process.env.KEEP) console.log(`serve e2e: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`serve e2e: ${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log('serve e2e: all checks passed');
}

main().catch((e) => {
  console.error(`serve e2e: ${e.message}`);
  process.exit(1);
});
