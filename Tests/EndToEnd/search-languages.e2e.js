#!/usr/bin/env node
'use strict';
// End-to-end test of search in other scripts, in headless Chromium: builds two small
// one-language sites (Tests/EndToEnd/Fixtures/search-zh, language: zh, and search-ar,
// language: ar) with the travaux binary, serves each on a free local port and searches them
// from /search/?q=... with the real client (assets/search.js):
//
// - Chinese: a two-character word inside a longer run of Chinese text (网络 in
//   "有效打击网络犯罪活动") is found through the overlapping bigrams, and marked;
// - Arabic: words typed without their diacritics, with a bare alef where the text has إ, or
//   without the tatweel the text stretches a word with, find the passage;
// - a site in six languages (examples/multilingual): a Chinese word from /zh/search/ and an
//   Arabic word from /ar/search/ find the pages in that language (each language's index).
//
//   node Tests/EndToEnd/search-languages.e2e.js     (run by scripts/test when Chromium is installed)
//
// Environment: TRAVAUX (default .build/debug/travaux), CHROMIUM (default: chromium on PATH),
// KEEP=1 keeps the temporary folder. Exit status 0 when every check passes, 1 otherwise.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { startServer, launchChromium, findChromium, siteRelative } = require('./headless.js');

const repo = path.resolve(__dirname, '..', '..');
const fixtures = path.join(__dirname, 'Fixtures');
const travaux = path.resolve(repo, process.env.TRAVAUX || '.build/debug/travaux');
const TIMEOUT_MS = 30000;

const failures = [];
const fail = (message) => { failures.push(message); console.error(`  FAIL ${message}`); };
const pass = (message) => console.log(`  ok   ${message}`);

/** The results of /search/?q=query: their urls and the text of their marks. */
async function resultsFor(browser, origin, query, searchPath = 'search/') {
  const url = `${origin}/${searchPath}?q=${encodeURIComponent(query)}`;
  const page = await browser.open(url, {
    until: 'document.body && (document.body.dataset.searchState === "done" || document.body.dataset.searchState === "error")',
    timeoutMs: TIMEOUT_MS,
  });
  try {
    const state = await page.evaluate('document.body.dataset.searchState');
    const urls = await page.evaluate(
      `[...document.querySelectorAll('#search-results-list li.search-result')].map((li) => li.getAttribute('data-url'))`);
    const marks = await page.evaluate(`[...document.querySelectorAll('#search-results-list mark')].map((m) => m.textContent)`);
    return { url, state, urls: urls.map(siteRelative), marks, errors: page.errors.slice() };
  } finally {
    await page.close();
  }
}

/** Builds the fixture site `name` into `out`; its index.json. */
function build(name, out, folder = path.join(fixtures, name)) {
  // A copy: the build writes content/anchors.lock beside the sources.
  const source = out + '-source';
  fs.cpSync(folder, source, { recursive: true });
  console.log(`search languages e2e: ${path.relative(repo, travaux) || travaux} build --source <copy of ${path.relative(repo, folder)}>`);
  try {
    execFileSync(travaux, ['build', '--source', source, '--output', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`travaux build of ${name} failed (exit status ${e.status}):\n${String(e.stderr || '').trim()}`);
  }
  const indexFile = path.join(out, 'search', 'index.json.gz');
  if (!fs.existsSync(indexFile)) throw new Error(`the build of ${name} wrote no search/index.json.gz`);
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(indexFile)));
}

/**
 * Searches `query` and checks that a result links to a page starting with `expected`, and,
 * with `mark`, that the results mark it.
 */
async function expectFound(browser, origin, label, query, expected, mark, searchPath) {
  const r = await resultsFor(browser, origin, query, searchPath);
  if (r.state !== 'done') return fail(`${label} "${query}": the client ended in state "${r.state}"${r.errors.length ? ': ' + r.errors.join('; ') : ''}`);
  const at = r.urls.findIndex((u) => u.startsWith(expected));
  if (at < 0) return fail(`${label} "${query}": no result under ${expected} (${r.url}); results: ${r.urls.join(', ') || 'none'}`);
  if (mark && !r.marks.some((m) => m.includes(mark))) return fail(`${label} "${query}": no mark holds ${mark}; marks: ${r.marks.join(', ') || 'none'}`);
  pass(`${label} "${query}": ${expected} at #${at + 1} of ${r.urls.length}${mark ? `, "${mark}" marked` : ''}`);
}

async function main() {
  if (!fs.existsSync(travaux)) throw new Error(`no travaux binary at ${travaux}: run 'swift build' first, or set TRAVAUX`);
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is not installed (apt-get install -y chromium), or set CHROMIUM');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'travaux-e2e-languages-'));
  const servers = [];
  let browser;
  try {
    const sites = {}, languages = {};
    for (const name of ['search-zh', 'search-ar']) {
      const out = path.join(tmp, name);
      const index = build(name, out);
      const server = await startServer({ mounts: [{ prefix: '/', dir: out }] });
      servers.push(server);
      sites[name] = server.origin;
      languages[name] = index.language;
      // A one-language site's index is in the site's language once the build passes it on.
      console.log(`search languages e2e: ${name} served at ${server.origin}/, index language ${index.language || '(none)'}`);
    }
    browser = await launchChromium({ executable: chromium });
    console.log(`search languages e2e: ${browser.version}`);

    const zh = sites['search-zh'];
    // 网络 stands inside the run 有效打击网络犯罪活动: only its bigram can find it.
    await expectFound(browser, zh, 'Chinese', '网络', 'positions/china-2023/', '网络');
    await expectFound(browser, zh, 'Chinese', '国际合作', 'positions/china-2023/', '国际');
    await expectFound(browser, zh, 'Chinese', '书面意见', 'pages/about/');
    {
      const r = await resultsFor(browser, zh, '网球');
      if (r.state === 'done' && !r.urls.length) pass('Chinese "网球": no result (its characters stand apart in the text)');
      else fail(`Chinese "网球": expected no result, got ${r.urls.join(', ')}`);
    }

    const ar = sites['search-ar'];
    // The text: الإجراءاتِ (alef with hamza below, a kasra), دَوْلَةٍ, الإلكترونيّةِ, المفاوضــات.
    await expectFound(browser, ar, 'Arabic', 'الاجراءات', 'positions/egypt-2023/');
    await expectFound(browser, ar, 'Arabic', 'دولة طرف', 'positions/egypt-2023/');
    // A word whose root begins as the article does: found through the Arabic analysis only.
    if (languages['search-ar'] === 'ar') pass('the Arabic site\'s index is in Arabic');
    else fail(`the Arabic site's index is in ${languages['search-ar']}, not ar`);
    await expectFound(browser, ar, 'Arabic', 'إلكترونية', 'positions/egypt-2023/');
    await expectFound(browser, ar, 'Arabic', 'المفاوضات', 'pages/about/');

    // A site in six languages: each language searched from its own search page and index.
    const multilingual = path.join(tmp, 'multilingual');
    build('multilingual', multilingual, path.join(repo, 'examples', 'multilingual'));
    for (const language of ['zh', 'ar', 'fr']) {
      const index = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(multilingual, language, 'search', 'index.json.gz'))));
      if (index.language === language) pass(`examples/multilingual: ${language}/search/ holds the ${language} index`);
      else fail(`examples/multilingual: ${language}/search/index.json says language ${index.language}`);
    }
    const server = await startServer({ mounts: [{ prefix: '/', dir: multilingual }] });
    servers.push(server);
    // 主权 stands inside 尊重各国主权 (China's position, written in Chinese) and the draft's
    // Chinese text; الضمانات in Egypt's position, in Arabic, found without its article.
    await expectFound(browser, server.origin, 'Six languages, Chinese', '主权', 'zh/positions/china-2024-01/', '主权', 'zh/search/');
    await expectFound(browser, server.origin, 'Six languages, Chinese', '主权', 'zh/drafts/zero-draft/', '主权', 'zh/search/');
    await expectFound(browser, server.origin, 'Six languages, Arabic', 'ضمانات', 'ar/positions/egypt-2024-01/', null, 'ar/search/');
  } finally {
    if (browser) await browser.close();
    for (const server of servers) await server.close();
    if (process.env.KEEP) console.log(`search languages e2e: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`search languages e2e: ${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log('search languages e2e: all checks passed');
}

main().catch((e) => {
  console.error(`search languages e2e: ${e.message}`);
  process.exit(1);
});
