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

async function launch() {
  if (!fs.existsSync(path.join(ROOT, 'dist/ml-salary.js'))) {
    throw new Error('dist/ml-salary.js is missing: run "make dist" first (make test does)');
  }
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-salary-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, args: ARGS,
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, close };
}

// Opens url in a new page, recording every request, console error and CSP violation.
async function open(context, url) {
  const page = await context.newPage();
  const seen = { requests: [], errors: [], violations: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  await page.exposeFunction('__reportViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, seen };
}

function fileUrl(relative) {
  return 'file://' + path.join(ROOT, relative);
}

module.exports = { launch, open, fileUrl, ROOT };
