// Size budget: the gzipped download must not grow past what was reached (README, "Size").
// Deterministic: the same sources and toolchain give the same bytes, and zlib's level 9 the
// same compressed size. Raise a budget only deliberately, with the reason in the commit.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// Measured sizes (zlib level 9) plus about 1% for small changes. History: 185,000 / 171,500
// (url-state, per-dataset options); 210,200 / 194,000 when the market pack gained 882
// companies and 102 countries' levels (a JSON pack of 221 KB inside the wasm). Issue 10 made
// the shipped module lean (a binary pack, no JSON parser or exceptions, deflated inline wasm,
// minified JS): 103,135 / 90,814, and the pack compiler, which only loadDataPack loads, 73,057;
// then the inline wasm LZMA-compressed instead of deflated: 88,421 / 75,658 / 60,247; then
// issue 11's bounds (pack count and bytes, unloadDataPack, restarting a failed module, string
// and depth limits, list lengths): 90,901 / 77,726 / 61,585; issue 12's reader changes (the
// profile line, one render per change, the offer, the compare focus, the years slider) in the
// element: 92,027; readable city ids (us-san-francisco) with each city's former numeric id,
// so old links work (about 0.8 KB of the 1 KB; one std::sort for all lists saved 0.3 KB):
// 92,945 / 79,008; Chinese titles and licences of the sources and the packs' Chinese names in
// the data (1.0 KB), the search-as-you-type pickers and the Chinese view's own strings in the
// element (1.4 KB): 95,371 / 80,012; the phone layout, the loading state and the chart's
// readout by pointer and keyboard: 96,875; issue 13's price levels (530 US areas, 97
// countries) and purchasing power in each estimate: 98,795 / 81,773 / 62,316; levers()
// (an insertion sort, not std::stable_sort: 1.2 KB less): 101,079 / 83,797; element.js split
// into parts (+8 B), the purchasing-power line and the levers panel with the article's advice in
// both languages: 103,595; the prices of a place the reader picks (prices-in): 104,086; the
// ids of US nonmetropolitan areas derived from their names, not stored (pack format 3): 103,167
// / 82,945 / 62,485; a profile resolved once (issue 10's speed): 103,641 / 83,379 / 62,496; the
// binary pack reader's lists made fresh instead of resized (no code to move items to a larger
// buffer, for each of the pack's types) and the bundles written in ASCII: 102,256 / 82,359;
// packs held by pointer in the library, a heap sort for the index, the element's module built
// for pages only, strings by TextDecoder only: 100,485 / 81,346 / 61,803; no embind val in the
// module (values cross as kind, number and text in slots): 99,643 / 80,504; wide strings, val
// and memory views registered by name only (web/embind-lean.js): 98,796 / 79,682 / 61,834;
// the pack reader a third faster (+46 B), Emscripten's wasm loading fallback and atob()
// polyfill cut from the glue (tools/bundle.js), the LZMA decoder's literal bits inline (+120 B):
// 98,490 / 78,905 / 61,025; embind's functions registered without overload tables, i64
// callers or the unbound-type report (web/embind-lean.js): 98,026 / 78,364 / 61,025; English
// and Chinese amounts written without Intl (web/format.js: ICU's first use cost a reader's
// first visit 60-100 ms before the first estimate), 0.7 KB: 98,748; embind's JS without its
// C++ part (the module registers the five types it passes) and the core without RTTI: 96,598 /
// 76,109; a cell's figures stored against guesses (pack format 4; the compiler writes them):
// 95,481 / 74,968 / 61,125; factors against a guess of 1, the element's stylesheet minified:
// 94,941 / 74,764 / 61,137; terser's short names for private (underscored) properties and
// arrows for plain function expressions: 94,655 / 74,750 / 61,143; Binaryen's size passes once
// more: 94,577 / 74,673; bindings.cpp's functions bound through one checked helper: 94,551 /
// 74,638; embind's JS side our own for the five types the module passes (web/embind-lean.js,
// without Emscripten's embind.js): 92,807 / 72,810; remote work for a US employer paid in 12
// monthly salaries, not the country's 13, and each lever's own pay months (a fix; +145 / +136 B,
// most of it the whole wasm's LZMA parse: its code alone compresses 15 B smaller): 92,952 / 72,946;
// the comparison's difference in the period shown and its rebuild safe from a change fired
// inside it (a fix, +62 B): 93,014; China's monthly view kept for remote work from there, the
// levers' percentages of the figures shown and remote work in the employer's country's pay
// months: 93,053 / 72,922; one inPeriod() for the amounts of the chosen period (web/format.js): 93,049;
// the Nanjing source's English title without Chinese characters: 92,997 / 72,879; round numbers
// written in full in messages ("70", not "7e+01"; a fix, +102 B): 93,109 / 72,981; a reader's
// review's fixes (the copied sentence names remote work and the company, the embed snippet keeps
// the period and prices, the language link the years typed, the comparison the focus on Tab and
// its years clamped, the offer its currency, the pickers codes and initials, amounts whole at
// 320 px; +355 B): 93,464; after a review of those: the comparison's controls made once and
// updated in place (a click after typing in it was lost), codes and initials for countries only
// and in capitals, a company whose factor does not apply named by its size, factors in the
// reader's locale (+268 B): 93,732; text half typed in a picker kept through a render (+88 B): 93,820;
// the reread's mend (one Intl cache, one rule for where a company applies, one reading of years): 93,835;
// initials in the pickers ("sf": San Francisco; +38 B): 93,873; a second review's fixes: offers
// typed as readers write them ("250k", "250.000", "25万", "12 lakh"; a number field read them as
// 250 or nothing), one short status sentence for screen readers instead of the whole estimate
// as a live region, left to right on right-to-left pages (+622 B): 94,495; samples said as they
// are ("1 report", "no reports of remote work", a cell without reports resting on its country's
// level, not "the source gives no sample size"; +68 B): 94,563 / 72,965; a note by a picker when
// typed text names nothing there ("ByteDance has figures only for United States", "Berlin is in
// Germany: choose that country first"), a moved element re-rendered under another language,
// remote pay's city named where it has no prices, Chinese brackets and spacing (+428 B): 94,991;
// years fixes (+26 B): 95,017; a review's mend: the slider's history entry kept from other inputs,
// offers with words after them refused (only the catalog's currency codes), picker notes cleared
// with the choice and tied to their field, "no reports at this level" told apart from a source
// without sample sizes (the core looks for reports of the same source: +128 B of salary-core.js):
// 95,423 / 73,093; offers as a monthly salary times its months ("30k×16", as quoted in China)
// and a placeholder in the offer field (+258 B): 95,681; the reread's mend (one placeName(), one
// clearNote(), one halfWidth()): 95,645.
// The target is 72 KB (73,728 B) for each of the first two; the README's size table says how
// far each is.
const BUDGETS = {
  'ml-salary.js': 95750,
  'salary-core.js': 73200,
  'salary-pack-compiler.js': 61200,
};

for (const [file, budget] of Object.entries(BUDGETS)) {
  test(`dist/${file} stays within its gzip budget of ${budget} bytes`, () => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '../../dist', file));
    const gzipped = zlib.gzipSync(bytes, { level: 9 }).length;
    assert.ok(gzipped <= budget, `dist/${file} is ${gzipped} bytes gzipped, over its budget of ${budget}`);
  });
}

// Written in ASCII (tools/bundle.js: the Chinese interface as \u escapes), so that a bundle means
// the same whatever charset a page or server gives it: a blog served as GBK or windows-1252
// would otherwise show the Chinese interface as mojibake.
for (const file of Object.keys(BUDGETS)) {
  test(`dist/${file} is ASCII, so its text does not depend on the charset it is served with`, () => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '../../dist', file));
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `dist/${file} has a byte 0x${at >= 0 ? bytes[at].toString(16) : ''} at ${at}`);
  });
}

// bench/size-breakdown.js (make bench) reads the inline wasm and its data packs back out of a
// bundle: the packs it finds must be exactly data/*.json as the pack compiler writes them, which
// also shows that each bundle carries the data committed beside it.
test('each bundle carries the built-in packs, byte for byte as compiled from data/*.json', () => {
  const { inlineWasm, sections, memory, packs } = require('../../bench/size-breakdown.js');
  const compiler = {};
  require(path.resolve(__dirname, '../../dist/salary-pack-compiler.js'))(compiler);
  const compiled = ['article-2019.json', 'market.json'].map((name) => {
    const result = compiler.compile(fs.readFileSync(path.resolve(__dirname, '../../data', name), 'utf8'));
    assert.ok(result.ok, name);
    return Buffer.from(result.bytes);
  });
  for (const file of ['ml-salary.js', 'salary-core.js']) {
    const text = fs.readFileSync(path.resolve(__dirname, '../../dist', file), 'utf8');
    const wasm = inlineWasm(text.match(/data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/)[1]);
    assert.equal(wasm.subarray(0, 4).toString('latin1'), '\0asm', file);
    const found = packs(memory(sections(wasm).get(11)));
    assert.equal(found.length, 2, file);
    found.forEach((pack, i) => assert.ok(Buffer.compare(Buffer.from(pack), compiled[i]) === 0, `${file}: pack ${i + 1}`));
  }
});
