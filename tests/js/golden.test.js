// Golden results: thousands of calls of the public JS API (golden-calls.js) give exactly the
// results recorded in golden-results.txt, which pins the results of the build it was made from
// across rewrites of the wasm boundary and the data-pack format. GOLDEN_DIST=path/to/
// salary-core.js checks another build (default: dist/salary-core.js, through load.js).
// An intended change of results: regenerate with node tests/js/golden.js --write.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { calls } = require('./golden-calls.js');
const golden = require('./golden.js');

const createSalaryCore = process.env.GOLDEN_DIST
  ? require(path.resolve(process.env.GOLDEN_DIST))
  : require('./load.js').createSalaryCore;

const MAX_REPORTED = 20;
const MAX_RESULT_CHARS = 2000;
const MAX_ARG_STRING = 10000;  // the 8 MB data packs are shown cut, with their length

function expectedLines() {
  return fs.readFileSync(golden.RESULTS_FILE, 'utf8').split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
}

let outcome;  // both tests share one run
function runAll() {
  outcome ??= (async () => {
    const core = await createSalaryCore();
    const list = calls(core.catalog());
    const expected = expectedLines();
    const mismatches = [];  // the first MAX_REPORTED, with their results
    let differing = 0;
    golden.run(core, list, (i, result, json) => {
      const actualLine = golden.line(list[i], golden.hash(json));
      if (actualLine === expected[i]) return;
      differing++;
      if (mismatches.length < MAX_REPORTED) mismatches.push({ i, json, actualLine });
    });
    return { list, expected, mismatches, differing };
  })();
  return outcome;
}

function report(list, expected, { i, json, actualLine }) {
  const call = list[i];
  const result = json.length > MAX_RESULT_CHARS ? `${json.slice(0, MAX_RESULT_CHARS)}...` : json;
  return [
    `#${i} ${call.method}${call.what ? ` (${call.what})` : ''}, line ${i + 2} of the file`,
    `  args:     ${golden.show(call.args, MAX_ARG_STRING)}`,
    `  expected: ${expected[i] === undefined ? '(no line)' : expected[i]}`,
    `  actual:   ${actualLine}`,
    `  result:   ${result}`,
  ].join('\n');
}

test('golden-results.txt has one line per call', async () => {
  const { list, expected } = await runAll();
  assert.equal(list.length, expected.length,
    `${list.length} calls but ${expected.length} lines in ${golden.RESULTS_FILE}`);
});

test('every call gives the golden result', async () => {
  const { list, expected, mismatches, differing } = await runAll();
  if (differing > 0) {
    const shown = mismatches.map((m) => report(list, expected, m)).join('\n');
    assert.fail(`${differing} of ${list.length} calls differ from ` +
      `${path.basename(golden.RESULTS_FILE)}; the first ${mismatches.length}:\n${shown}`);
  }
});
