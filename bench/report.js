#!/usr/bin/env node
// `make bench`: runs the native benchmarks (Google Benchmark), times the wasm module through
// its public API under Node, measures memory over 100k estimates and the size of each dist
// file, and prints one Markdown table. Figures are reported, never asserted.
// Usage: node --expose-gc bench/report.js <path to salary_bench>
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const memories = require('../tests/js/wasm-memory.js').install();
const createSalaryCore = require(path.join(ROOT, 'dist/salary-core.js'));

const MARKET = { dataset: 'market', years: 6, role: 'ml-engineer', country: 'US', city: 'us-41940' };
const ARTICLE = { dataset: 'article-2019', years: 6 };
const RUNS = 7;

const rows = [];
const row = (what, result, note = '') => rows.push([what, result, note]);
const fmt = (n, digits = 0) => n.toLocaleString('en-US', {
  minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0].model;
  const cores = (cpuinfo.match(/^processor\s*:/gm) || os.cpus()).length;
  let distro = os.type();
  try {
    distro = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)[1];
  } catch { /* not Linux: keep the OS type */ }
  row('machine', `${model}, ${cores} cores`,
    `${distro}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at start`);
}

function native(binary) {
  const out = execFileSync(binary, ['--benchmark_format=json', '--benchmark_repetitions=5',
    '--benchmark_report_aggregates_only=true', '--benchmark_min_time=0.2'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const medians = {};
  for (const b of JSON.parse(out).benchmarks) {
    if (b.aggregate_name === 'median') medians[b.run_name] = b;
  }
  const perCall = (name) => {
    const b = medians[name];
    const scale = { ns: 1, us: 1e3, ms: 1e6 }[b.time_unit];
    return b.real_time * scale;  // ns
  };
  const show = (what, name, note) => {
    const ns = perCall(name);
    row(what, ns >= 1e5 ? `${fmt(ns / 1e3)} µs` : `${fmt(ns / 1e3, 2)} µs`,
      `${fmt(1e9 / ns)} /s; ${note}`);
  };
  const packKb = Math.round(fs.statSync(path.join(ROOT, 'data/market.json')).size / 1024);
  show('native: parse + validate market.json', 'BM_ParseMarketPack', `${packKb} KB pack, at start-up`);
  show('native: estimate() article-2019', 'BM_EstimateArticle', 'Profile/DataPack values, step model');
  show('native: estimate() market + city', 'BM_EstimateMarketCity', 'values, linear model, city factor');
  show('native: estimate(library, json)', 'BM_EstimateJson', 'the JSON contract the bindings call');
  show('native: full recompute (json)', 'BM_FullRecomputeJson', 'estimate + tiers + 41-point curve');
}

// Median over RUNS of the time per call of fn, over n calls each, after a warm-up.
function time(fn, n) {
  for (let i = 0; i < Math.max(50, n / 10); i++) fn();
  const perCall = [];
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - start) / n);
  }
  return median(perCall);  // ns
}

async function wasm() {
  const core = await createSalaryCore();
  const show = (what, ns, note) => row(what, `${fmt(ns / 1e3, 1)} µs`,
    `${fmt(1e9 / ns)} /s; ${note}`);
  show('wasm (node): estimate() article-2019', time(() => core.estimate(ARTICLE), 5000),
    `median of ${RUNS} runs of 5,000 calls`);
  show('wasm (node): estimate() market + city', time(() => core.estimate(MARKET), 2000),
    `median of ${RUNS} runs of 2,000 calls`);
  show('wasm (node): full recompute', time(() => {
    core.estimate(MARKET);
    core.tiers(MARKET);
    core.curve(MARKET, 0, 20);
  }, 100), `estimate + tiers + 41-point curve; median of ${RUNS} runs of 100`);

  // Memory over 100k estimates, after a warm-up: the module's linear memory (found by
  // wrapping WebAssembly.instantiate, see tests/js/wasm-memory.js) and the JS heap after a GC.
  const gc = global.gc || (() => {});
  const memory = memories[0];
  gc();
  const wasmBefore = memory.buffer.byteLength;
  const jsBefore = process.memoryUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < 100000; i++) core.estimate(MARKET);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  gc();
  const jsAfter = process.memoryUsage();
  const mb = (b) => `${fmt(b / 1048576, 1)} MB`;
  row('wasm memory over 100k estimates', `${mb(wasmBefore)} → ${mb(memory.buffer.byteLength)}`,
    `WebAssembly.Memory byteLength; ${fmt(seconds, 1)} s for the 100k calls`);
  row('JS heap over 100k estimates', `${mb(jsBefore.heapUsed)} → ${mb(jsAfter.heapUsed)}`,
    `process.memoryUsage().heapUsed after ${global.gc ? 'gc()' : 'no gc (run with --expose-gc)'}` +
    `; rss ${mb(jsBefore.rss)} → ${mb(jsAfter.rss)}`);
}

function sizes() {
  for (const name of ['salary-core.js', 'salary-core.d.ts', 'ml-salary.js']) {
    const file = path.join(ROOT, 'dist', name);
    if (!fs.existsSync(file)) continue;
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    const br = zlib.brotliCompressSync(raw, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
    row(`size: dist/${name}`, `${fmt(raw.length)} B`, `gzip -9 ${fmt(gz)} B, brotli 11 ${fmt(br)} B`);
  }
}

async function main() {
  const binary = process.argv[2];
  if (!binary || !fs.existsSync(binary)) {
    console.error('usage: node --expose-gc bench/report.js <salary_bench>  (make bench)');
    process.exit(2);
  }
  machine();
  native(binary);
  await wasm();
  sizes();
  console.log('| measure | result | notes |');
  console.log('|---|---:|---|');
  for (const [what, result, note] of rows) console.log(`| ${what} | ${result} | ${note} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
