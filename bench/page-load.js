#!/usr/bin/env node
// Navigation to the first painted estimate in headless Chromium, measured inside the page.
//
// bench/pages/element.html loads dist/ml-salary.js and holds one <ml-salary-calculator
// years="6">; its script (first-estimate.js) polls once per animation frame until the shadow
// root shows a median total ([data-value="total-p50"] with text). The floor it is compared
// with, bench/pages/empty.html (one <p>), waits for DOMContentLoaded and one animation frame
// (first-frame.js). Each page records performance.now(), i.e. milliseconds since this
// navigation started, twice: in the frame that first has its content (before that frame's
// paint) and in the next frame (the paint done: "painted", the measure of the ratio). Both run
// under the project's strict CSP (no inline script), served over http by tools/serve.js.
// (Until 2026-12-01 the empty page was measured at its first frame only, against the element's
// next frame: one frame, ~17 ms, more for the element. The table gives that ratio too.)
//
// One browser session; each page has its own tab, loaded once (cold: first load of the page in
// this session, after a warm-up tab has loaded README.md from the same server) and then reloaded WARM times, the pages alternating (the order rotates each
// round). Reported: the median of the warm loads (min-max), the cold load, and the ratio
// element / empty (target <= 1.5).
//
// The server answers as static hosts do (tools/serve.js: no-cache, ETag): a reload revalidates
// each file and gets "304 Not Modified", so the browser uses its cached copy and V8 the code it
// compiled before. BENCH_REFETCH=1 drops the browser's If-None-Match, so that every load fetches
// and parses every file again, as from a server that sends no validators (the bench's figures
// until the night of 2026-12-01: the script's parse, and an empty frame painted while it
// arrived, cost the element page ~20 ms per warm load, the empty page ~1 ms).
//
// First visits (BENCH_FIRST_VISITS, default 8, 0 for none): each page in a browser of its own,
// started fresh, that has loaded one page of text from another site (localhost, the pages being
// on 127.0.0.1) in another tab: the measured page gets a new renderer process, as a blog does
// on a reader's first visit, and pays what a renderer pays once (ICU's data at the first Intl
// call, fonts). Median per page; the pages' order rotates.
//
// BENCH_BEFORE=/dir (a previous build's dist/ files): also measures the same element page
// loading <dir>/ml-salary.js, served under /before/ (/before/dist/* -> <dir>/*, every other
// /before/<path> -> <path> in this repository), in the same session.
//
// Usage: [BENCH_BEFORE=/tmp/dist-old] [BENCH_REFETCH=1] node bench/page-load.js   (after make dist; Markdown)
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('../tests/browser/browser.js');
const { start, serve, send } = require('../tools/serve.js');

const WARM = Number(process.env.BENCH_WARM_LOADS) || 10;
const FIRST = Number(process.env.BENCH_FIRST_VISITS || 8);
const SETTLE_MS = 200;  // idle time before each load, so one page's tail does not overlap the next
const BEFORE = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : null;
const REFETCH = process.env.BENCH_REFETCH === '1';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// tools/serve.js for the repository; /before/dist/<file> from BENCH_BEFORE, with the same headers.
function handler(req, res) {
  if (REFETCH) delete req.headers['if-none-match'];
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    serve(req, res);
    return;
  }
  if (!BEFORE || !pathname.startsWith('/before/')) {
    serve(req, res);
    return;
  }
  const rest = pathname.slice('/before'.length);
  if (!rest.startsWith('/dist/')) {
    req.url = rest;
    serve(req, res);
    return;
  }
  const name = rest.slice('/dist/'.length);
  if (!/^[\w.-]+\.js$/.test(name) || name.startsWith('.')) {
    res.writeHead(403).end('forbidden');
    return;
  }
  fs.readFile(path.join(BEFORE, name), (err, body) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    send(req, res, body, 'text/javascript; charset=utf-8');
  });
}

// The figure the page's own script recorded, and the navigation timing of that load.
async function measured(page) {
  const [ms, contentMs] = await page.evaluate(() => (window.__benchMs !== undefined
    ? [window.__benchMs, window.__contentMs]
    : new Promise((resolve, reject) => {
      document.addEventListener('bench-done', () => resolve([window.__benchMs, window.__contentMs]));
      setTimeout(() => reject(new Error('no figure after 30 s')), 30000);
    })));
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
  });
  return { ms, contentMs, ...nav };
}

async function main() {
  if (BEFORE && !fs.existsSync(path.join(BEFORE, 'ml-salary.js'))) {
    throw new Error(`BENCH_BEFORE=${BEFORE}: no ml-salary.js there`);
  }
  const server = await start(handler, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // The empty page first: its cold load also takes the costs of the session's first page
  // (fonts, the first renderer on this origin) off the element pages' cold loads.
  const variants = [
    { name: 'empty', label: 'empty page painted', url: `${origin}/bench/pages/empty.html` },
    { name: 'element', label: 'first estimate painted (dist/ml-salary.js)', url: `${origin}/bench/pages/element.html` },
  ];
  if (BEFORE) {
    variants.push({ name: 'before', label: `first estimate painted (before: ${BEFORE}/ml-salary.js)`,
      url: `${origin}/before/bench/pages/element.html` });
  }
  const started = Date.now();
  const browser = await launch();
  const errors = [];
  try {
    for (const v of variants) {
      v.page = await browser.context.newPage();
      v.page.on('pageerror', (e) => errors.push(`${v.name}: ${e}`));
      v.page.on('console', (m) => { if (m.type() === 'error') errors.push(`${v.name}: ${m.text()}`); });
      v.warm = [];
    }
    // Starts the browser's renderer and network machinery on this origin, so that the cold load
    // of the first page measured is not also the browser's first page.
    const warmUp = await browser.context.newPage();
    await warmUp.goto(`${origin}/README.md`);
    await warmUp.close();
    for (const v of variants) {  // cold: the first load of each page in this session
      await sleep(SETTLE_MS);
      await v.page.bringToFront();
      await v.page.goto(v.url);
      v.cold = await measured(v.page);
    }
    for (let round = 0; round < WARM; round++) {
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(round + k) % variants.length];
        await sleep(SETTLE_MS);
        await v.page.bringToFront();
        await v.page.reload();
        v.warm.push(await measured(v.page));
      }
    }
  } finally {
    await browser.close();
  }
  try {
    for (const v of variants) v.first = [];
    for (let round = 0; round < FIRST; round++) {
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(round + k) % variants.length];
        await sleep(1000);  // the last browser's processes gone
        const fresh = await launch();
        try {
          const other = await fresh.context.newPage();
          await other.goto(`http://localhost:${server.address().port}/README.md`);
          const page = await fresh.context.newPage();
          page.on('pageerror', (e) => errors.push(`${v.name} (first visit): ${e}`));
          await page.goto(v.url);
          v.first.push((await measured(page)).ms);
        } finally {
          await fresh.close();
        }
      }
    }
  } finally {
    server.close();
  }
  const seconds = (Date.now() - started) / 1000;

  const ms = (x) => `${x.toFixed(0)} ms`;
  // Loads' times as "median (min-max)".
  const spread = (xs) => `${ms(median(xs))} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  const warm = (v, key = 'ms') => spread(v.warm.map((r) => r[key]));
  const [empty, element, before] = variants;
  const ratio = (v, key = 'ms') => warmMedian(v, key) / warmMedian(empty, key);

  console.log(`### Page load (headless Chromium, http, in-page performance.now(); ` +
    `median of ${WARM} warm reloads (min-max), the pages alternating in one session; ` +
    (REFETCH ? 'every file fetched again on each load (BENCH_REFETCH=1))' : 'files revalidated: 304 and the browser\'s cache)'));
  console.log();
  const head = ['measure', 'now', ...(before ? ['before', 'change'] : []), 'notes'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|---|---:|${before ? '---:|---:|' : ''}---|`);
  const line = (what, now, was, change, note) => console.log(`| ${[what, now,
    ...(before ? [was, change] : []), note].join(' | ')} |`);
  const x = (a, b) => `${(a / b).toFixed(2)}×`;
  const faster = (a, b) => (a === b ? 'same'
    : a < b ? `${(b / a).toFixed(2)}× faster` : `${(a / b).toFixed(2)}× slower`);
  const warmMedian = (v, key = 'ms') => median(v.warm.map((r) => r[key]));
  line('navigation → first estimate painted, warm', warm(element), before ? warm(before) : '',
    before ? faster(warmMedian(element), warmMedian(before)) : '',
    'bench/pages/element.html: rAF poll for [data-value="total-p50"] with text, + 1 frame (that frame painted)');
  line('navigation → first estimate painted, cold', ms(element.cold.ms), before ? ms(before.cold.ms) : '',
    before ? faster(element.cold.ms, before.cold.ms) : '', 'the first load of the page in the session; one sample');
  if (FIRST) {
    line('navigation → first estimate painted, first visit', spread(element.first), before ? spread(before.first) : '',
      before ? faster(median(element.first), median(before.first)) : '',
      `median of ${FIRST}: a fresh browser each, the page on a site new to it (a new renderer); empty page ${spread(empty.first)}`);
  }
  line('empty page painted, warm', warm(empty), before ? '(same page)' : '', '',
    `bench/pages/empty.html (one <p>): first frame after DOMContentLoaded, + 1 frame; cold ${ms(empty.cold.ms)}`);
  line('**ratio element / empty, painted (target <= 1.5)**', x(ratio(element), 1), before ? x(ratio(before), 1) : '',
    '', 'medians of the warm loads');
  line('ratio at the frame that first has the content', x(ratio(element, 'contentMs'), 1),
    before ? x(ratio(before, 'contentMs'), 1) : '', '',
    `each page's first frame with its content, before its paint (element ${warm(element, 'contentMs')}, empty ${warm(empty, 'contentMs')})`);
  line('ratio as measured until 2026-12-01', x(warmMedian(element) / warmMedian(empty, 'contentMs'), 1),
    before ? x(warmMedian(before) / warmMedian(empty, 'contentMs'), 1) : '', '',
    'the element painted against the empty page\'s first frame (one frame more for the element)');
  line('element page: DOMContentLoaded, warm', warm(element, 'dcl'), before ? warm(before, 'dcl') : '',
    before ? faster(warmMedian(element, 'dcl'), warmMedian(before, 'dcl')) : '',
    'domContentLoadedEventEnd (the script is parsed and run before it)');
  line('element page: load event, warm', warm(element, 'load'), before ? warm(before, 'load') : '',
    before ? faster(warmMedian(element, 'load'), warmMedian(before, 'load')) : '',
    'loadEventEnd');
  console.log();
  console.log(`${variants.length} pages × (1 cold + ${WARM} warm + ${FIRST} first-visit) loads in ${seconds.toFixed(0)} s ` +
    `(${SETTLE_MS} ms idle before each load); cold loads in order ${variants.map((v) => v.name).join(', ')}` +
    ` (after one page of text from the server in another tab; one sample each).`);
  if (errors.length) console.log(`\nPage errors: ${errors.join('; ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
