// Starts Debian's Chromium through playwright-core (it cannot download its own browsers here).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function launch(options = {}) {
  if (!fs.existsSync(path.join(ROOT, 'dist/ml-salary.js'))) {
    throw new Error('dist/ml-salary.js is missing: run "make dist" first (make test does)');
  }
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-salary-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, ...options,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, close };
}

// Opens url in a new page, recording every request, console error and CSP violation.
// `before`: a function run in the page before any of its scripts (page.addInitScript).
async function open(context, url, before) {
  const page = await context.newPage();
  const seen = { requests: [], errors: [], violations: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  await page.exposeFunction('__reportViolation', (v) => seen.violations.push(v));
  // Errors the page's own window sees, such as "ResizeObserver loop completed with undelivered
  // notifications", which is neither a page error nor a console message here, but is one to
  // an embedding page's error monitoring (window.onerror).
  await page.exposeFunction('__reportError', (message) => seen.errors.push(`window error: ${message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
    window.addEventListener('error', (e) => window.__reportError(String(e.message)));
  });
  if (before) await page.addInitScript(before);
  await page.goto(url);
  return { page, seen };
}

// Runs axe-core on the page (its open shadow roots included) and returns the violations.
async function axeViolations(page) {
  // Evaluated through DevTools, so the page's own Content-Security-Policy does not block it.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
  }));
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Screenshots are kept as test output (test-results/, not committed).
async function screenshot(page, name) {
  const dir = path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name + '.png'), fullPage: true });
}

function fileUrl(relative) {
  return 'file://' + path.join(ROOT, relative);
}

// Waits until the calculator(s) matching `selector` show an estimate.
function ready(page, selector = 'ml-salary-calculator') {
  return page.locator(`${selector} [data-value="total-p50"]`).first().waitFor();
}

// A search-as-you-type picker (web/picker.js): types `text` into the field and presses Enter.
async function pick(field, text) {
  await field.fill(text);
  await field.press('Enter');
}

// The suggestions of a picker's field (its datalist, built when the reader reaches the field).
async function suggestions(field) {
  await field.focus();
  return field.evaluate((input) => [...input.list.options].map((o) => o.value));
}

module.exports = { launch, open, ready, fileUrl, axeViolations, screenshot, ROOT, pick, suggestions };
