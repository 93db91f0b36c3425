#!/usr/bin/env node
// `make bench`: the size of each dist file, timings and memory of the wasm module through its
// public JS API under Node, and (when the binary is built) the native benchmarks (Google
// Benchmark), as Markdown tables. Figures are reported, never asserted.
//
// BENCH_BEFORE=/dir (a previous build's dist/ files, e.g. /tmp/dist-old): every size and Node
// measurement is also made on that directory's files and shown in a "before" column.
//
// The Node measurements of each build run in their own process (node --expose-gc this file
// --node-child <dir>), so that the two builds share no JIT state, heap or wasm memory.
//
// Usage: [BENCH_BEFORE=/tmp/dist-old] node --expose-gc bench/report.js [path to salary_bench]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const MARKET = { dataset: 'market', years: 6, role: 'ml-engineer', country: 'US', city: 'us-san-jose' };
const RUNS = 5;                 // best of RUNS for each throughput figure
const CALLS = 100000;           // estimates per run
const RECOMPUTES = 1000;        // full recomputes per run
const MEMORY_CALLS = 1000000;   // estimates between the last two memory readings
const FRESH_PROCESSES = 5;      // require() -> first estimate, median over this many processes
const BUDGET = 73728;           // 72 KB gzipped: the size budget
const TARGET = 65536;           // 64 KB gzipped: the size target
const FILES = [
  ['ml-salary.js', 'core + element'],
  ['salary-core.js', 'core'],
  ['salary-pack-compiler.js', 'loaded only by loadDataPack'],
];

// A profile that changes on every call: years 0, 0.5, ... 20 (41 values) and 5 countries (one
// with a city); 41 and 5 are coprime, so the pair repeats only every 205 calls.
const COUNTRIES = [{ country: 'US', city: 'us-san-jose' }, { country: 'DE' }, { country: 'GB' },
  { country: 'IN' }, { country: 'BR' }];
const VARIED = [];
for (let i = 0; i < 41 * COUNTRIES.length; i++) {
  VARIED.push({ dataset: 'market', years: (i % 41) * 0.5, role: 'ml-engineer', ...COUNTRIES[i % COUNTRIES.length] });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', {
  minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const now = () => Number(process.hrtime.bigint()) / 1e6;  // ms

// ---- One build's Node measurements (run in a child process) ----

async function nodeChild(dir) {
  const memories = require('../tests/js/wasm-memory.js').install();
  const gc = global.gc || (() => {});
  const out = {};
  let t = now();
  const createSalaryCore = require(path.join(dir, 'salary-core.js'));
  const core = await createSalaryCore();
  out.createMs = now() - t;
  if (memories.length !== 1) throw new Error(`expected one wasm memory, found ${memories.length}`);
  const memory = memories[0];
  out.memCreated = memory.buffer.byteLength;

  t = now();
  const catalog = core.catalog();
  out.firstCatalogMs = now() - t;
  if (!catalog || !Array.isArray(catalog.countries)) throw new Error('catalog() failed');
  t = now();
  const first = core.estimate(MARKET);
  out.firstEstimateMs = now() - t;
  if (!first.ok) throw new Error(`estimate(MARKET): ${JSON.stringify(first)}`);
  out.memFirst = memory.buffer.byteLength;
  for (const p of VARIED) {
    const r = core.estimate(p);
    if (!r.ok) throw new Error(`estimate(${JSON.stringify(p)}): ${JSON.stringify(r.error)}`);
  }

  const later = [];
  for (let i = 0; i < 20; i++) {
    t = now();
    core.catalog();
    later.push(now() - t);
  }
  out.laterCatalogMs = median(later);

  // Memory: 1,000,000 estimates of the changing profile, then the module's memory again.
  gc();
  out.heapBefore = process.memoryUsage().heapUsed;
  t = now();
  let ok = 0;
  for (let i = 0; i < MEMORY_CALLS; i++) if (core.estimate(VARIED[i % VARIED.length]).ok) ok++;
  out.memoryLoopS = (now() - t) / 1000;
  out.memoryLoopOk = ok;
  out.memAfter = memory.buffer.byteLength;
  gc();
  out.heapAfter = process.memoryUsage().heapUsed;

  // Best of RUNS, each of n calls of fn(i), after a warm-up; ms per call.
  const best = (fn, n) => {
    for (let i = 0; i < n / 10; i++) fn(i);
    let ms = Infinity;
    for (let r = 0; r < RUNS; r++) {
      gc();
      const start = now();
      for (let i = 0; i < n; i++) fn(i);
      ms = Math.min(ms, (now() - start) / n);
    }
    return ms;
  };
  out.estimateFixedMs = best(() => core.estimate(MARKET), CALLS);
  out.estimateVariedMs = best((i) => core.estimate(VARIED[i % VARIED.length]), CALLS);
  out.recomputeMs = best(() => {
    core.curve(MARKET, 0, 20);
    core.tiers(MARKET);
    core.estimate(MARKET);
  }, RECOMPUTES);
  out.memEnd = memory.buffer.byteLength;
  process.stdout.write(JSON.stringify(out));
}

// require() -> first estimate in a new Node process; ms, and ms since that process started.
function freshProcess(dir) {
  const script = `const t0 = performance.now();
const createSalaryCore = require(process.argv[1]);
createSalaryCore().then((core) => {
  const r = core.estimate(${JSON.stringify(MARKET)});
  const t = performance.now();
  if (!r.ok) process.exit(3);
  process.stdout.write(JSON.stringify({ ms: t - t0, sinceStart: t }));
});`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, path.join(dir, 'salary-core.js')],
    { encoding: 'utf8' }));
}

// ---- The report ----

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0].model;
  const cores = (cpuinfo.match(/^processor\s*:/gm) || os.cpus()).length;
  let distro = os.type();
  try {
    distro = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)[1];
  } catch { /* not Linux: keep the OS type */ }
  return `${model}, ${cores} cores; ${distro}, Node ${process.version}`;
}

// A table with a "before" column (and a change column) when there is a before build.
// rows: [what, now, before, change, note]
function table(title, rows, hasBefore) {
  console.log(`### ${title}`);
  console.log();
  if (hasBefore) {
    console.log('| measure | now | before | change | notes |');
    console.log('|---|---:|---:|---:|---|');
    for (const [what, a, b, change, note] of rows) console.log(`| ${what} | ${a} | ${b} | ${change} | ${note} |`);
  } else {
    console.log('| measure | now | notes |');
    console.log('|---|---:|---|');
    for (const [what, a, , , note] of rows) console.log(`| ${what} | ${a} | ${note} |`);
  }
  console.log();
}

// "4.47× smaller", "1.20× slower", "same": direction says which way is better.
function change(a, b, lowerIsBetter, words) {
  if (typeof a !== 'number' || typeof b !== 'number' || !b || !a) return '';
  if (a === b) return 'same';
  const [better, worse] = words;
  const ratio = a > b ? a / b : b / a;
  const good = lowerIsBetter ? a < b : a > b;
  return `${fmt(ratio, ratio < 10 ? 2 : 1)}× ${good ? better : worse}`;
}

function sizes(builds) {
  const rows = [];
  const distance = (bytes, limit, name) => {
    const d = bytes - limit;
    return d > 0 ? `+${fmt(d)} over ${name}` : `${fmt(-d)} under ${name}`;
  };
  for (const [name, what] of FILES) {
    const measured = builds.map((b) => {
      const file = path.join(b.dir, name);
      if (!fs.existsSync(file)) return null;
      const raw = fs.readFileSync(file);
      return {
        raw: raw.length,
        gz: zlib.gzipSync(raw, { level: 9 }).length,
        br: zlib.brotliCompressSync(raw, { params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length,
      };
    });
    const [a, b] = measured;
    const cell = (m, f) => (m ? f(m) : '— (no such file)');
    const bytes = (key) => (m) => `${fmt(m[key])} B`;
    const words = ['smaller', 'larger'];
    rows.push([`dist/${name} raw`, cell(a, bytes('raw')), cell(b, bytes('raw')),
      change(a && a.raw, b && b.raw, true, words), what]);
    rows.push([`dist/${name} gzip -9`, cell(a, bytes('gz')), cell(b, bytes('gz')),
      change(a && a.gz, b && b.gz, true, words), 'zlib level 9']);
    rows.push([`dist/${name} gzip vs 72 KB budget`, cell(a, (m) => distance(m.gz, BUDGET, '72 KB')),
      cell(b, (m) => distance(m.gz, BUDGET, '72 KB')), '', `${fmt(BUDGET)} B`]);
    rows.push([`dist/${name} gzip vs 64 KB target`, cell(a, (m) => distance(m.gz, TARGET, '64 KB')),
      cell(b, (m) => distance(m.gz, TARGET, '64 KB')), '', `${fmt(TARGET)} B`]);
    rows.push([`dist/${name} brotli 11`, cell(a, bytes('br')), cell(b, bytes('br')),
      change(a && a.br, b && b.br, true, words), '']);
  }
  table('Size of the dist files (deterministic)', rows, builds.length > 1);
}

function nodeTables(builds) {
  for (const b of builds) {
    process.stderr.write(`bench: Node measurements of ${b.dir} ...\n`);
    const t = now();
    b.node = JSON.parse(execFileSync(process.execPath,
      ['--expose-gc', __filename, '--node-child', b.dir], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    b.node.seconds = (now() - t) / 1000;
  }
  for (const b of builds) b.fresh = [];
  for (let i = 0; i < FRESH_PROCESSES; i++) {  // alternating builds
    for (const b of builds) b.fresh.push(freshProcess(b.dir));
  }

  const [a, b] = builds.map((x) => x.node);
  const rate = (ms) => `${fmt(1000 / ms)} /s`;
  const msCell = (ms) => `${fmt(ms, ms < 10 ? 2 : 1)} ms`;
  const faster = ['faster', 'slower'];
  const rows = [];
  const perSecond = (what, key, note) => rows.push([what, rate(a[key]), b ? rate(b[key]) : '',
    b ? change(1 / a[key], 1 / b[key], false, faster) : '', note]);
  const ms = (what, get, note) => {
    const va = get(builds[0]);
    const vb = b ? get(builds[1]) : undefined;
    rows.push([what, msCell(va), b ? msCell(vb) : '', b ? change(va, vb, true, faster) : '', note]);
  };
  perSecond('estimate(), the same profile', 'estimateFixedMs',
    `market, 6 years, ml-engineer, US, us-san-jose; best of ${RUNS} runs of ${fmt(CALLS)} calls`);
  perSecond('estimate(), a profile that changes every call', 'estimateVariedMs',
    `years 0-20 by 0.5 × US (+us-san-jose), DE, GB, IN, BR; best of ${RUNS} runs of ${fmt(CALLS)} calls`);
  ms('full recompute of the element', (x) => x.node.recomputeMs,
    `curve(p, 0, 20) + tiers(p) + estimate(p); best of ${RUNS} runs of ${fmt(RECOMPUTES)}`);
  ms('createSalaryCore() (require + instantiate)', (x) => x.node.createMs, 'in the measuring process');
  ms('first catalog() after creation', (x) => x.node.firstCatalogMs, 'one call');
  ms('first estimate() after that', (x) => x.node.firstEstimateMs, 'one call');
  ms('later catalog()', (x) => x.node.laterCatalogMs, 'median of 20 calls');
  ms('require() → first estimate, fresh process', (x) => median(x.fresh.map((f) => f.ms)),
    `node -e, median of ${FRESH_PROCESSES} processes (builds alternating); ` +
    `from process start: ${builds.map((x) => `${x.label} ${fmt(median(x.fresh.map((f) => f.sinceStart)))} ms`).join(', ')}`);
  table('Wasm under Node, through the public JS API (dist/salary-core.js)', rows, !!b);

  const mib = (bytes) => `${fmt(bytes / 1048576, 1)} MiB (${fmt(bytes)} B)`;
  const flat = (x) => (x.memAfter === x.memFirst ? 'yes' : `no: +${fmt(x.memAfter - x.memFirst)} B`) +
    (x.memEnd !== x.memAfter ? `; ${fmt(x.memEnd)} B after the timing runs` : '');
  const heap = (x) => `${fmt(x.heapBefore / 1048576, 1)} → ${fmt(x.heapAfter / 1048576, 1)} MB`;
  const mrows = [
    ['after createSalaryCore()', mib(a.memCreated), b ? mib(b.memCreated) : '',
      b ? change(a.memCreated, b.memCreated, true, ['smaller', 'larger']) : '', 'WebAssembly.Memory byteLength (tests/js/wasm-memory.js)'],
    ['after the first catalog() and estimate()', mib(a.memFirst), b ? mib(b.memFirst) : '',
      b ? change(a.memFirst, b.memFirst, true, ['smaller', 'larger']) : '', ''],
    [`after ${fmt(MEMORY_CALLS)} more estimates`, mib(a.memAfter), b ? mib(b.memAfter) : '',
      b ? change(a.memAfter, b.memAfter, true, ['smaller', 'larger']) : '',
      `the changing profile; ${builds.map((x) => `${x.label} ${fmt(x.node.memoryLoopS, 1)} s, ${fmt(x.node.memoryLoopOk)} ok`).join('; ')}`],
    ['flat over those estimates', flat(a), b ? flat(b) : '', '', 'byteLength after = after the first estimate'],
    ['JS heap over those estimates', heap(a), b ? heap(b) : '', '', 'heapUsed after gc()' +
      (global.gc ? '' : ' (no gc: run with --expose-gc)')],
  ];
  table('Wasm memory', mrows, !!b);
}

function native(binary) {
  const rows = [];
  if (!binary || !fs.existsSync(binary)) {
    console.log('### Native (Google Benchmark)');
    console.log();
    console.log(`Skipped: ${binary ? `${binary} does not exist` : 'no binary given'} ` +
      '(make bench builds it with the bench preset).');
    console.log();
    return;
  }
  let out;
  try {
    out = execFileSync(binary, ['--benchmark_format=json', '--benchmark_repetitions=5',
      '--benchmark_report_aggregates_only=true', '--benchmark_min_time=0.2'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 << 20 });
  } catch (e) {
    console.log(`### Native (Google Benchmark)\n\nSkipped: ${binary} failed (${e.message.split('\n')[0]}).\n`);
    return;
  }
  const medians = {};
  for (const b of JSON.parse(out).benchmarks) {
    if (b.aggregate_name === 'median') medians[b.run_name] = b;
  }
  const show = (what, name, note) => {
    const b = medians[name];
    if (!b) return;
    const ns = b.real_time * { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit];
    rows.push([what, ns >= 1e5 ? `${fmt(ns / 1e3)} µs` : `${fmt(ns / 1e3, 2)} µs`, '', '',
      `${fmt(1e9 / ns)} /s; ${note}`]);
  };
  const packKb = Math.round(fs.statSync(path.join(ROOT, 'data/market.json')).size / 1024);
  show('native: parse + validate market.json', 'BM_ParseMarketPack', `${packKb} KB pack, at start-up`);
  show('native: estimate() article-2019', 'BM_EstimateArticle', 'Profile/DataPack values, step model');
  show('native: estimate() market + city', 'BM_EstimateMarketCity', 'values, linear model, city factor');
  show('native: estimate(library, json)', 'BM_EstimateJson', 'the JSON API of the native tools (the wasm module takes a typed path)');
  show('native: full recompute (json)', 'BM_FullRecomputeJson', 'estimate + tiers + 41-point curve, JSON API');
  const known = new Set(['BM_ParseMarketPack', 'BM_EstimateArticle', 'BM_EstimateMarketCity',
    'BM_EstimateJson', 'BM_FullRecomputeJson']);
  for (const name of Object.keys(medians)) if (!known.has(name)) show(`native: ${name}`, name, '');
  table('Native (Google Benchmark, median of 5 repetitions; the current source only)', rows, false);
}

async function main() {
  if (process.argv[2] === '--node-child') {
    await nodeChild(path.resolve(process.argv[3]));
    return;
  }
  const started = now();
  const load = os.loadavg()[0];
  const builds = [{ label: 'now', dir: path.join(ROOT, 'dist') }];
  if (process.env.BENCH_BEFORE) builds.push({ label: 'before', dir: path.resolve(process.env.BENCH_BEFORE) });
  for (const b of builds) {
    if (!fs.existsSync(path.join(b.dir, 'salary-core.js'))) {
      throw new Error(`${b.dir}/salary-core.js is missing${b.label === 'now' ? ': run make dist' : ''}`);
    }
  }
  console.log(`Machine: ${machine()}; load average ${load.toFixed(1)} at start.` +
    (builds.length > 1 ? ` "before": ${builds[1].dir}.` : ''));
  console.log();
  sizes(builds);
  nodeTables(builds);
  native(process.argv[2]);
  console.log(`Took ${fmt((now() - started) / 1000)} s (Node: ` +
    `${builds.map((b) => `${b.label} ${fmt(b.node.seconds)} s`).join(', ')}); ` +
    `load average ${os.loadavg()[0].toFixed(1)} at the end.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
