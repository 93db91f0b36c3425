// web/url-state.js under Node: which attributes the URL hash sets, what it keeps of the page's
// own keys, whose values come back when a key goes, and that one element of a page follows the
// hash. The element is a stand-in with attributes; the page's location, history and window are
// stand-ins that record what is done to them. (tests/browser/url-state.test.js: the same in a page.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const source = ['fields.js', 'url-state.js']
  .map((file) => fs.readFileSync(path.join(__dirname, '../../web', file), 'utf8')).join('\n');

// A fresh page: url-state.js loaded anew (its one follower per page starts unset).
function page(hash = '') {
  const listeners = new Set();
  const page = {
    entries: 0,     // history entries made (location.hash set)
    replaced: [],   // URLs given to history.replaceState
    listeners,
  };
  page.location = {
    _hash: hash,
    get hash() { return this._hash; },
    set hash(value) {
      this._hash = value === '' ? '' : '#' + String(value).replace(/^#/, '');
      page.entries++;
    },
  };
  page.context = vm.createContext({
    URLSearchParams,
    location: page.location,
    history: { state: null, replaceState: (state, title, url) => { page.replaced.push(url); page.location._hash = url; } },
    window: {
      addEventListener: (type, f) => { assert.equal(type, 'hashchange'); listeners.add(f); },
      removeEventListener: (type, f) => { assert.equal(type, 'hashchange'); listeners.delete(f); },
    },
  });
  vm.runInContext(source, page.context);
  // The reader follows a link to `hash`: each element listening hears of it.
  page.go = (to) => {
    page.location._hash = to;
    listeners.forEach((f) => f());
  };
  return page;
}

// The element as url-state.js sees it: attributes, and the state its constructor sets.
class Host {
  constructor(p, attributes) {
    this.page = p;
    this.attributes = new Map(Object.entries(attributes));
    this.isConnected = true;
    this.renders = 0;
    this._following = false;
    this._authored = null;
    this._changing = false;
    this._onHashChange = () => p.context.readHash(this);
  }
  getAttribute(name) { return this.attributes.has(name) ? this.attributes.get(name) : null; }
  hasAttribute(name) { return this.attributes.has(name); }
  setAttribute(name, value) { this.changed(name, String(value)); }
  removeAttribute(name) { this.changed(name, null); }
  // As attributeChangedCallback does.
  changed(name, value) {
    const old = this.getAttribute(name);
    if (value === null) this.attributes.delete(name); else this.attributes.set(name, value);
    if (old !== value) this.page.context.noteAuthored(this, name, value);
  }
  _queueRender() { this.renders++; }
  get inputs() { return Object.fromEntries(['years', 'country', 'job-role', 'role'].map((n) => [n, this.getAttribute(n)])); }
}

test('the hash with the inputs: the page\'s keys kept, the job role as `role`, unset inputs dropped', () => {
  const p = page('#lang=zh-CN&country=FR&city=fr-paris');
  const host = new Host(p, { years: '6', 'job-role': 'data-scientist', country: 'DE', 'url-state': '' });
  assert.equal(p.context.hashWithInputs(host), 'lang=zh-CN&country=DE&years=6&role=data-scientist');
  host.setAttribute('period', 'monthly');
  host.setAttribute('company', 'a&b c');
  assert.equal(p.context.hashWithInputs(host),
    'lang=zh-CN&country=DE&years=6&role=data-scientist&company=a%26b+c&period=monthly');
});

test('the author\'s attributes are the defaults; the hash overrides only the keys it has', () => {
  const p = page();
  const host = new Host(p, { 'url-state': '', years: '9', country: 'DE', role: 'data-scientist' });
  p.context.followHash(host, true);
  assert.equal(host._following, true);
  assert.equal(p.listeners.size, 1);
  assert.deepEqual(host.inputs, { years: '9', country: 'DE', 'job-role': null, role: 'data-scientist' },
    'no hash: as authored');

  p.go('#years=12&role=ml-engineer');
  assert.deepEqual(host.inputs, { years: '12', country: 'DE', 'job-role': 'ml-engineer', role: null },
    'the hash\'s role is job-role; the plain role attribute yields to it');
  p.go('#country=FR');
  assert.deepEqual(host.inputs, { years: '9', country: 'FR', 'job-role': null, role: 'data-scientist' },
    'keys gone from the hash: the author\'s values again');
  p.go('#method');
  assert.equal(host.getAttribute('country'), 'FR', 'an in-page link is not the calculator\'s');
  p.go(`#years=${'1'.repeat(101)}`);
  assert.equal(host.getAttribute('years'), '9', 'a value over 100 characters is not taken');
  p.go('');
  assert.deepEqual(host.inputs, { years: '9', country: 'DE', 'job-role': null, role: 'data-scientist' },
    'an empty hash (Back to the page as opened): the author\'s values');
});

test('a change by the page\'s script becomes the author\'s value; one by the reader does not', () => {
  const p = page('#country=GB');
  const host = new Host(p, { 'url-state': '', years: '9' });
  p.context.followHash(host, true);
  assert.equal(host.getAttribute('country'), 'GB');
  p.context.setInput(host, 'years', '5');  // the reader
  p.go('#country=FR');
  assert.equal(host.getAttribute('years'), '9');
  host.setAttribute('years', '14');  // the page's script
  p.go('#country=IT');
  assert.equal(host.getAttribute('years'), '14');
});

test('the inputs go into the hash as a history entry, or in place of the current one', () => {
  const p = page('#lang=en');
  const host = new Host(p, { 'url-state': '', years: '9' });
  p.context.writeHash(host, false);
  assert.equal(p.location.hash, '#lang=en', 'nothing written while not following');
  p.context.followHash(host, true);
  p.context.setInput(host, 'years', '10');
  p.context.writeHash(host, false);
  assert.equal(p.location.hash, '#lang=en&years=10');
  assert.equal(p.entries, 1);
  p.context.setInput(host, 'years', '11');
  p.context.writeHash(host, true);
  assert.deepEqual(p.replaced, ['#lang=en&years=11']);
  assert.equal(p.entries, 1, 'replaced, no new entry');
  p.context.writeHash(host, false);
  assert.equal(p.entries, 1, 'the same hash: no entry');
});

test('one element per page follows the hash; the next waiting one takes over when it stops', () => {
  const p = page('#years=12');
  const first = new Host(p, { 'url-state': '', years: '1' });
  const second = new Host(p, { 'url-state': '', years: '2' });
  const third = new Host(p, { 'url-state': '', years: '3' });
  p.context.followHash(first, true);
  p.context.followHash(second, true);
  p.context.followHash(third, true);
  assert.deepEqual([first, second, third].map((h) => h._following), [true, false, false]);
  assert.deepEqual([first, second, third].map((h) => h.getAttribute('years')), ['12', '2', '3']);
  assert.equal(p.listeners.size, 1);

  second.removeAttribute('url-state');  // stops waiting
  p.context.followHash(second, false);
  first.isConnected = false;  // removed from the page
  p.context.followHash(first, false);
  assert.deepEqual([first, second, third].map((h) => h._following), [false, false, true]);
  assert.equal(third.getAttribute('years'), '12', 'the new follower reads the hash');
  assert.equal(p.listeners.size, 1);
  assert.ok(third.renders > 0);

  p.context.followHash(third, false);
  assert.equal(p.listeners.size, 0);
  p.go('#years=20');
  assert.equal(third.getAttribute('years'), '12', 'no longer following');
});
