// Golden results of the public JS API: runs the calls of golden-calls.js on one instance and
// hashes each result, so that a rewrite of the wasm boundary or of the data-pack format can be
// checked to give IDENTICAL results (golden.test.js compares with golden-results.txt).
//
// A result's hash: the first 12 hex digits of the sha256 of its canonical JSON (object keys
// sorted recursively, numbers as JSON.stringify writes them, undefined as null). A call that
// throws (no function of the API should) hashes {"threw": {"name", "message"}}.
//
// Regenerate golden-results.txt only when a change of results is intended:
//   node tests/js/golden.js --write [path/to/salary-core.js]   (default: dist/salary-core.js)
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const RESULTS_FILE = path.join(__dirname, 'golden-results.txt');
const DEFAULT_DIST = path.resolve(__dirname, '../../dist/salary-core.js');
const HEADER = '# Golden results of tests/js/golden-calls.js on dist/salary-core.js, checked by ' +
  'golden.test.js: one line per call, "<sha256 of the canonical JSON result, 12 hex> <method> ' +
  '<args>". Regenerate only for an intended change: node tests/js/golden.js --write ' +
  '[path/to/salary-core.js]';

// JSON with object keys sorted at every depth; undefined (and what JSON has no form for) is null.
function canonical(value) {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number': return JSON.stringify(value);  // NaN and +-Infinity become null, -0 becomes 0
    case 'string':
    case 'boolean': return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      return `{${Object.keys(value).sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    default: return JSON.stringify(String(value));  // bigint, symbol, function: not expected
  }
}

function hash(text) {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 12);
}

// Runs one call; a throw becomes a value, so it is pinned like any other result.
function callOnce(core, call) {
  try {
    return core[call.method](...call.args);
  } catch (e) {
    return { threw: { name: e && e.name, message: e && e.message } };
  }
}

// Runs the calls in order on `core` and returns their hashes. onResult(index, result, json),
// when given, sees each result and its canonical JSON.
function run(core, calls, onResult) {
  return calls.map((call, i) => {
    const result = callOnce(core, call);
    const json = canonical(result);
    if (onResult) onResult(i, result, json);
    return hash(json);
  });
}

// A JSON-like rendering of a value that also shows what JSON cannot (undefined, NaN, -0,
// Infinity); strings longer than maxString are cut, with their length.
function show(value, maxString = Infinity) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      if (value.length <= maxString) return JSON.stringify(value);
      return `${JSON.stringify(value.slice(0, maxString))}...(${value.length} chars)`;
    case 'object':
      if (Array.isArray(value)) return `[${value.map((v) => show(v, maxString)).join(',')}]`;
      return `{${Object.keys(value).map((k) => `${k}:${show(value[k], maxString)}`).join(',')}}`;
    default: return String(value);
  }
}

// The short readable description of a call's args in golden-results.txt (at most 100 chars).
function describe(call) {
  const text = call.what || (call.args.length ? show(call.args, 20).slice(1, -1) : '()');
  const chars = [...text];
  return chars.length <= 100 ? text : `${chars.slice(0, 99).join('')}…`;
}

function line(call, digest) {
  return `${digest} ${call.method} ${describe(call)}`;
}

// The result lines (without the header) of the dist file `distFile`.
async function goldenLines(distFile) {
  const createSalaryCore = require(path.resolve(distFile));
  const { calls } = require('./golden-calls.js');
  const core = await createSalaryCore();
  const list = calls(core.catalog());
  return run(core, list).map((digest, i) => line(list[i], digest));
}

async function main(argv) {
  if (argv[0] !== '--write' || argv.length > 2) {
    console.error('usage: node tests/js/golden.js --write [path/to/salary-core.js]');
    process.exit(2);
  }
  const distFile = argv[1] ? path.resolve(argv[1]) : DEFAULT_DIST;
  const lines = await goldenLines(distFile);
  fs.writeFileSync(RESULTS_FILE, `${HEADER}\n${lines.join('\n')}\n`);
  console.log(`${RESULTS_FILE}: ${lines.length} calls of ${distFile}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
}

module.exports = { run, canonical, hash, callOnce, show, describe, line, RESULTS_FILE };
