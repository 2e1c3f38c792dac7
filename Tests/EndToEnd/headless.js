'use strict';
// Headless Chromium and a static file server for the end-to-end test (search.e2e.js) and the
// search benchmark (Benchmarks/search_browser.js). Node's standard library only.
//
// - startServer({ mounts, pages }): serves folders over HTTP on a free port of 127.0.0.1,
//   never compressed, never cached (Cache-Control: no-store), and records every response
//   (path, file, bytes of body) in `server.log`, so that a caller can count exactly the bytes
//   a page fetched, from its workers too.
// - launchChromium(): starts Chromium headless, driven over the DevTools protocol through a
//   pipe (--remote-debugging-pipe: no port, no WebSocket), and opens pages each in a fresh
//   browser context (empty cache, no cookies) with the cache disabled.

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ([{ prefix: '/pagefind/', dir }, { prefix: '/', dir }]; the longest matching
 * prefix wins) and `pages` ({ '/path': 'html text' }, served before the mounts). A folder is
 * served as its index.html; a folder address without its final `/` is redirected.
 * Resolves to { port, origin, log, close() }.
 */
function startServer({ mounts, pages = {} }) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)
    .map((m) => ({ prefix: m.prefix, dir: path.resolve(m.dir) }));
  const log = [];
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const reply = (status, headers, body, file) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      log.push({ path: pathname, file, status, bytes: body.length, time: Date.now() });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(405, {}, Buffer.alloc(0), null);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(pages, pathname)) {
      reply(200, { 'Content-Type': TYPES['.html'] }, Buffer.from(pages[pathname]), null);
      return;
    }
    const mount = sorted.find((m) => pathname.startsWith(m.prefix));
    if (!mount) {
      reply(404, { 'Content-Type': TYPES['.txt'] }, Buffer.from('not found\n'), null);
      return;
    }
    let file = path.resolve(mount.dir, '.' + path.posix.normalize('/' + pathname.slice(mount.prefix.length)));
    if (file !== mount.dir && !file.startsWith(mount.dir + path.sep)) {
      reply(403, {}, Buffer.alloc(0), null);
      return;
    }
    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
          reply(301, { Location: pathname + '/' + query }, Buffer.alloc(0), null);
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
    } catch {
      reply(404, { 'Content-Type': TYPES['.txt'] }, Buffer.from('not found\n'), null);
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    reply(200, { 'Content-Type': type }, fs.readFileSync(file), file);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        log,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

/** The Chromium executable: $CHROMIUM, else the first of the usual names on PATH. */
function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch { /* not this one */ }
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// A timer for races that does not keep the process alive once everything else is done.
const deadline = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Starts headless Chromium. Resolves to { version, open(url, options), close() }.
 * open() makes a fresh browser context and page, disables its cache, navigates to `url` and
 * waits until the JavaScript expression `until` is truthy (polled every 25 ms, at most
 * `timeoutMs`); `init` is a script run in the page before any of its own. It resolves to a
 * page { evaluate(expr), errors, close() }; `errors` collects the page's uncaught exceptions
 * and console errors. On a timeout it rejects with the page's state and errors in the message.
 */
async function launchChromium({ executable = findChromium(), extraArgs = [] } = {}) {
  if (!executable) throw new Error('no Chromium found (install the Debian package chromium, or set CHROMIUM)');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'travaux-chromium-'));
  const args = [
    '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--disable-extensions',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-default-apps', '--mute-audio', '--disable-dev-shm-usage', '--password-store=basic',
    ...extraArgs,
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  args.push('about:blank');
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  let exited = null;
  const pending = new Map();
  const listeners = new Set();
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    failAll(new Error(`Chromium (${executable}) exited (${signal || code})${stderr.trim() ? "; its last output:\n" + stderr.trim() : " without a word"}`));
  });
  child.on('error', (e) => failAll(e));
  toBrowser.on('error', () => {});
  fromBrowser.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    let end;
    while ((end = buffer.indexOf(0)) >= 0) {
      const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (!waiter) continue;
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    if (exited) {
      reject(new Error(`Chromium has exited (${exited.signal || exited.code}): ${stderr.trim()}`));
      return;
    }
    const id = nextId++;
    pending.set(id, { resolve, reject, method });
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    toBrowser.write(JSON.stringify(message) + '\0');
  });

  let version;
  try {
    version = await Promise.race([
      send('Browser.getVersion'),
      deadline(30000).then(() => { throw new Error(`Chromium did not answer within 30 s: ${stderr.trim()}`); }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }

  async function open(url, { until = 'document.readyState === "complete"', timeoutMs = 30000, init = null } = {}) {
    const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const errors = [];
    const listener = (m) => {
      if (m.sessionId !== sessionId) return;
      if (m.method === 'Runtime.exceptionThrown') {
        const d = m.params.exceptionDetails;
        errors.push(`exception: ${(d.exception && d.exception.description) || d.text} (${d.url || ''}:${d.lineNumber})`);
      } else if (m.method === 'Runtime.consoleAPICalled' && m.params.type === 'error') {
        errors.push('console.error: ' + m.params.args.map((a) => a.value ?? a.description ?? '').join(' '));
      } else if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') {
        errors.push(`${m.params.entry.source}: ${m.params.entry.text} ${m.params.entry.url || ''}`.trim());
      }
    };
    listeners.add(listener);
    const evaluate = async (expression) => {
      const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
      if (r.exceptionDetails) {
        const d = r.exceptionDetails;
        throw new Error(`evaluating ${expression}: ${(d.exception && d.exception.description) || d.text}`);
      }
      return r.result.value;
    };
    const close = async () => {
      listeners.delete(listener);
      await send('Target.closeTarget', { targetId }).catch(() => {});
      await send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
    };
    try {
      await send('Page.enable', {}, sessionId);
      await send('Runtime.enable', {}, sessionId);
      await send('Log.enable', {}, sessionId);
      await send('Network.enable', {}, sessionId);
      await send('Network.setCacheDisabled', { cacheDisabled: true }, sessionId);
      if (init) await send('Page.addScriptToEvaluateOnNewDocument', { source: init }, sessionId);
      const nav = await send('Page.navigate', { url }, sessionId);
      if (nav.errorText) throw new Error(`loading ${url}: ${nav.errorText}`);
      const giveUpAt = Date.now() + timeoutMs;
      for (;;) {
        let ok = false;
        try {
          ok = await evaluate(`Boolean(${until})`);
        } catch { /* the document may be between two states */ }
        if (ok) break;
        if (Date.now() > giveUpAt) {
          let state = '';
          try {
            state = await evaluate('JSON.stringify({ url: location.href, readyState: document.readyState, dataset: document.body ? Object.assign({}, document.body.dataset) : null })');
          } catch { /* nothing more to say */ }
          throw new Error(`${url}: not done after ${timeoutMs / 1000} s (waiting for ${until}); page state ${state}` +
            (errors.length ? `; page errors:\n  ${errors.join('\n  ')}` : '; no page errors'));
        }
        await sleep(25);
      }
    } catch (e) {
      await close();
      throw e;
    }
    return { evaluate, errors, close };
  }

  async function close() {
    if (!exited) {
      await Promise.race([send('Browser.close').catch(() => {}), deadline(5000)]);
      if (!exited) await Promise.race([new Promise((r) => child.once('exit', r)), deadline(5000)]);
      if (!exited) child.kill('SIGKILL');
    }
    fs.rmSync(profile, { recursive: true, force: true });
  }

  return { version: version.product, open, close };
}

// A result's data-url as the index writes it, relative to the site root: drafts/x/#art_24. A
// client that resolves it against the page (../drafts/x/index.html#art_24, /drafts/x/#…) is
// read the same.
function siteRelative(url) {
  let u = String(url || '');
  try {
    if (/^[a-z]+:/i.test(u)) { const p = new URL(u); u = p.pathname + p.hash; }
  } catch { /* keep it */ }
  u = u.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '').replace(/^\//, '');
  return u.replace(/(^|\/)index\.html(?=#|$)/, '$1');
}

module.exports = { startServer, launchChromium, findChromium, siteRelative };
