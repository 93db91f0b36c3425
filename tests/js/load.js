// Loads the real build output, as a Node user would.
'use strict';
const path = require('path');
const fs = require('fs');

const distFile = path.resolve(__dirname, '../../dist/salary-core.js');
if (!fs.existsSync(distFile)) {
  throw new Error(`${distFile} is missing: run "make dist" first (make test does)`);
}
const createSalaryCore = require(distFile);
const tinyPack = fs.readFileSync(path.resolve(__dirname, '../fixtures/tiny-pack.json'), 'utf8');

module.exports = { createSalaryCore, tinyPack };
