#!/usr/bin/env node
// make screenshots: index.html in English and Chinese, light and dark, on a phone (375 px) and
// a laptop (1280 px), for review: test-results/screenshots/<lang>-<theme>-<width>.png (the
// whole page). With --readme, also docs/screenshot.png (English, light, 1280 px, first screen),
// the picture in the README.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch, fileUrl, ready, ROOT } = require('../tests/browser/browser.js');

async function main() {
  const out = path.join(ROOT, 'test-results/screenshots');
  fs.mkdirSync(out, { recursive: true });
  const browser = await launch();
  try {
    for (const lang of ['en', 'zh-CN']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [375, 1280]) {
          const page = await browser.context.newPage();
          await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
          await page.emulateMedia({ colorScheme: theme });
          const hash = '#years=6&role=ml-engineer&country=US&city=us-seattle' + (lang === 'en' ? '' : '&lang=zh-CN');
          await page.goto(fileUrl('index.html') + hash);
          await ready(page, '#calculator');
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
          const file = path.join(out, `${lang}-${theme}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(path.relative(ROOT, file));
          if (process.argv.includes('--readme') && lang === 'en' && theme === 'light' && width === 1280) {
            const readme = path.join(ROOT, 'docs/screenshot.png');
            fs.mkdirSync(path.dirname(readme), { recursive: true });
            await page.screenshot({ path: readme });
            console.log(path.relative(ROOT, readme));
          }
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
