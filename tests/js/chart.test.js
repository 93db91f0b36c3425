// web/chart.js under Node, with a minimal stand-in for the DOM calls it makes: any valid pack
// draws a valid chart, whatever the scale of its figures (issue 11: figures below one currency
// unit gave no ticks and SVG paths full of NaN).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function fakeDocument() {
  const node = (tag) => ({
    tag, attributes: {}, children: [], textContent: '',
    setAttribute(name, value) { this.attributes[name] = value; },
    appendChild(child) { this.children.push(child); return child; },
    listeners: {},
    addEventListener(type, f) { this.listeners[type] = f; },
  });
  return { createElementNS: (ns, tag) => node(tag) };
}

const context = vm.createContext({ document: fakeDocument(), Math, String, isFinite });
vm.runInContext(fs.readFileSync(path.join(__dirname, '../../web/chart.js'), 'utf8'), context);

function walk(node, visit) {
  visit(node);
  node.children.forEach((c) => walk(c, visit));
}

// A curve of 41 points scaled from real-looking figures by `factor`.
function curve(factor) {
  const points = [];
  for (let i = 0; i <= 40; i++) {
    const p50 = (100000 + 4000 * i) * factor;
    points.push({ years: i / 2, total: { p10: p50 * 0.6, p25: p50 * 0.8, p50, p75: p50 * 1.25, p90: p50 * 1.6 } });
  }
  return points;
}

for (const factor of [1, 1e-3, 1e-6, 1e-9, 1e3, 1e9]) {
  test(`a curve at ${factor} times the usual pay draws ticks and paths without NaN`, () => {
    const points = curve(factor);
    const labels = [];
    const root = context.renderCurve(points, { years: 6, value: points[12].total.p50 }, {
      title: 't', description: 'd', yearsLabel: 'years', youLabel: 'you',
      money: (v) => { labels.push(v); return String(v); },
    });
    let paths = 0;
    walk(root, (n) => {
      for (const [name, value] of Object.entries(n.attributes)) {
        assert.ok(!String(value).includes('NaN') && !String(value).includes('Infinity'), `${n.tag} ${name}="${value}"`);
      }
      if (n.tag === 'path') paths++;
    });
    assert.equal(paths, 3, 'two bands and the median');
    assert.ok(labels.length >= 2 && labels.length <= 6, `${labels.length} ticks: ${labels}`);
    const low = points[0].total.p10, high = points[40].total.p90;
    for (const v of labels) assert.ok(v >= low * 0.85 && v <= high + (high - low) / 2, `tick ${v} near [${low}, ${high}]`);
    assert.ok(Math.max(...labels) >= high, `the top of the range is a labelled tick: ${labels} for ${high}`);
  });
}

test('ticks for a flat or a one-point range, and none for no finite range', () => {
  assert.ok(context.niceTicks(5, 5).length > 0);
  assert.ok(context.niceTicks(0.001, 0.001).length > 0);
  assert.equal(context.niceTicks(NaN, 1).length, 0);
  const flat = curve(1).map((p) => ({ years: p.years, total: { p10: 7, p25: 7, p50: 7, p75: 7, p90: 7 } }));
  const root = context.renderCurve(flat, null, { title: 't', description: 'd', yearsLabel: 'y', youLabel: 'y', money: String });
  walk(root, (n) => Object.values(n.attributes).forEach((v) => assert.ok(!String(v).includes('NaN'), String(v))));
});
