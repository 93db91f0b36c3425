#!/usr/bin/env node
// Navigation to the first painted estimate in headless Chromium: index.html over http
// (tools/serve.js), timed from navigation start (performance.now()) to the first animation
// frame in which the calculator shows a median total. Reports the median of 11 warm loads
// (one browser, new page each time) and of 10 cold loads (a new browser and profile each).
// Usage: node bench/page-load.js   (after make dist; prints a Markdown table)
'use strict';
const { launch } = require('../tests/browser/browser.js');
const { start } = require('../tools/serve.js');

const WARM = 11;
const COLD = 10;

async function firstEstimate(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(() => {
    const host = document.querySelector('ml-salary-calculator');
    const value = host && host.shadowRoot && host.shadowRoot.querySelector('[data-value="total-p50"]');
    return value && value.textContent.trim() ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 30000 });
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = await start(undefined, 0);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  try {
    const warm = [];
    const browser = await launch();
    try {
      await firstEstimate(browser.context, url);  // fills the caches; not counted
      for (let i = 0; i < WARM; i++) warm.push(await firstEstimate(browser.context, url));
    } finally {
      await browser.close();
    }
    const cold = [];
    for (let i = 0; i < COLD; i++) {
      const b = await launch();
      try {
        cold.push(await firstEstimate(b.context, url));
      } finally {
        await b.close();
      }
    }
    const show = (xs) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-` +
      `${Math.max(...xs).toFixed(0)})`;
    console.log('| page load (headless Chromium, http) | median (min-max) |');
    console.log('|---|---:|');
    console.log(`| warm, ${WARM} loads | ${show(warm)} |`);
    console.log(`| cold, ${COLD} loads | ${show(cold)} |`);
  } finally {
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
