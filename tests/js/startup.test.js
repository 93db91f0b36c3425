// Starting the module: a failure while unpacking or compiling the wasm rejects the promise of
// createSalaryCore() (Emscripten only logs an error thrown from its instantiateWasm hook, which
// would leave the promise pending for ever). Each case runs in its own Node process.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { execFileSync } = require('child_process');

const CORE = path.resolve(__dirname, '../../dist/salary-core.js');

function start(setup) {
  const script = `${setup}
    const timer = setTimeout(() => { console.log('pending'); process.exit(0); }, 3000);
    require(${JSON.stringify(CORE)})().then(
      (core) => { clearTimeout(timer); console.log('ok ' + core.estimate({ years: 6 }).ok); },
      (error) => { clearTimeout(timer); console.log('rejected ' + error.message); });`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

test('the module starts (synchronous compile)', () => {
  assert.equal(start(''), 'ok true');
});

test('an engine that refuses a synchronous compile above 4 KB gets the asynchronous one', () => {
  assert.equal(start(`const Original = WebAssembly.Module;
    WebAssembly.Module = function (bytes) {
      if (bytes.byteLength > 4096) throw new RangeError('no synchronous compile above 4 KB');
      return new Original(bytes);
    };`), 'ok true');
});

test('no WebAssembly compile at all (a CSP without wasm-unsafe-eval): the promise rejects', () => {
  const out = start(`WebAssembly.Module = function () { throw new EvalError('Wasm code generation disallowed'); };
    WebAssembly.instantiate = () => Promise.reject(new EvalError('Wasm code generation disallowed'));`);
  assert.equal(out, 'rejected Wasm code generation disallowed');
});

test('a failure after compiling (instantiation) rejects the promise too', () => {
  const out = start(`const Original = WebAssembly.Instance;
    WebAssembly.Instance = function (module, imports) {
      if (!(imports && imports.env && imports.env.memory)) throw new RangeError('out of memory');
      return new Original(module, imports);
    };`);
  assert.equal(out, 'rejected out of memory');
});

// salary-core.d.ts: moduleOptions go to the Emscripten module (print, printErr, instantiateWasm).
test('moduleOptions.printErr receives what the module reports', async () => {
  const seen = [];
  const pending = require(CORE)({
    printErr: (text) => seen.push(String(text)),
    instantiateWasm: () => { throw new Error('refused by the test'); },
  });
  pending.catch(() => {});  // (it never settles: the test only reads what was reported)
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(seen.some((text) => text.includes('refused by the test')), `printErr got: ${JSON.stringify(seen)}`);
});
