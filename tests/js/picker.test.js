// findOption in web/picker.js under Node: what the pickers take when the reader presses Enter.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const context = vm.createContext({ String });
vm.runInContext(fs.readFileSync(path.join(__dirname, '../../web/picker.js'), 'utf8'), context);
const { findOption } = context;

// In list order. Names that contain the text come before the ones that start with it, so that
// "the first that contains it" (a plainer search) gives other answers than the ranking.
const CITIES = [
  ['us-southwest-new-york-nonmetro', 'Southwest New York nonmetropolitan area'],
  ['us-boston', 'Boston-Cambridge-Newton, MA-NH'],
  ['us-columbus-ga', 'Columbus, GA-AL'],
  ['us-columbus-oh', 'Columbus, OH'],
  ['us-mayaguez', 'Mayagüez, PR'],
  ['us-new-york', 'New York-Newark-Jersey City, NY-NJ'],
  ['us-san-francisco', 'San Francisco-Oakland-Fremont, CA'],
  ['us-san-jose', 'San Jose-Sunnyvale-Santa Clara, CA'],
  ['cn-shanghai', '上海', 'Shanghai'],
];
const pick = (text) => (findOption(CITIES, text) || [null])[0];

test('a whole name wins, then a name that starts with the text, then a word, then any part', () => {
  assert.equal(pick('San Jose-Sunnyvale-Santa Clara, CA'), 'us-san-jose');
  assert.equal(pick('san francisco'), 'us-san-francisco');
  assert.equal(pick('  SAN FRAN '), 'us-san-francisco', 'case and outer spaces ignored');
  assert.equal(pick('new york'), 'us-new-york', 'the name that starts with it, before a word inside another');
  assert.equal(pick('york'), 'us-southwest-new-york-nonmetro', 'a word inside, the first in list order');
  assert.equal(pick('sunnyvale'), 'us-san-jose', 'a word inside the name');
  assert.equal(pick('oh'), 'us-columbus-oh', 'a word (OH)');
  assert.equal(pick('columbus, oh'), 'us-columbus-oh', 'a whole name, before one it starts');
  assert.equal(pick('columbus'), 'us-columbus-ga', 'the first that starts with it');
  assert.equal(pick('ambridge'), 'us-boston', 'any part, last');
  assert.equal(pick('mayaguez'), 'us-mayaguez', 'accents ignored');
  assert.equal(pick('Shanghai'), 'cn-shanghai', 'the other language\'s name');
  assert.equal(pick('上海'), 'cn-shanghai');
  assert.equal(pick('Atlantis'), null);
  assert.equal(pick(''), null);
  assert.equal(pick('   '), null);
});

test('in the country picker, capitals are a code or initials: "US" is not Australia, "UK" not Ukraine, "DE" not DR Congo', () => {
  const COUNTRIES = [
    ['AU', 'Australia'], ['CD', 'DR Congo'], ['DK', 'Denmark'], ['DE', 'Germany'], ['IN', 'India'],
    ['ID', 'Indonesia'], ['UA', 'Ukraine'], ['AE', 'United Arab Emirates'], ['GB', 'United Kingdom'],
    ['US', 'United States'], ['CN', '中国', 'China'],
  ];
  const country = (text) => (findOption(COUNTRIES, text, true) || [null])[0];
  assert.equal(country('US'), 'US', 'its code');
  assert.equal(country('DE'), 'DE');
  assert.equal(country(' CN '), 'CN');
  assert.equal(country('UK'), 'GB', 'the initials of its name');
  assert.equal(country('UAE'), 'AE');
  // Lower case is the start of a name, as before: the reader typing "uk" may want Ukraine.
  assert.equal(country('de'), 'DK');
  assert.equal(country('uk'), 'UA');
  assert.equal(country('us'), 'US', 'the initials of its words, before a part of a word (Australia)');
  assert.equal(country('ind'), 'IN');
  assert.equal(country('stat'), 'US', 'a word');
  assert.equal(country('ustr'), 'AU', 'any part, when nothing else matches');
  // Elsewhere (cities, companies) capitals are text like any other: initials after the names and
  // words that start with them.
  assert.equal(findOption(COUNTRIES, 'US')[0], 'US');
  assert.equal(findOption(COUNTRIES, 'DE')[0], 'DK');
});

test('initials come after names and words that start with the text, before a part of a word', () => {
  // In display order, as the element sorts them.
  const US = [
    ['us-bakersfield', 'Bakersfield-Delano, CA'],
    ['us-dallas', 'Dallas-Fort Worth-Arlington, TX'],
    ['us-kansas-city', 'Kansas City, MO-KS'],
    ['us-la-crosse', 'La Crosse-Onalaska, WI-MN'],
    ['us-los-angeles', 'Los Angeles-Long Beach-Anaheim, CA'],
    ['us-salt-lake-city', 'Salt Lake City-Murray, UT'],
    ['us-san-francisco', 'San Francisco-Oakland-Fremont, CA'],
    ['us-san-jose', 'San Jose-Sunnyvale-Santa Clara, CA'],
    ['us-south-florida-nonmetro', 'South Florida nonmetropolitan area'],
  ];
  const city = (text) => (findOption(US, text) || [null])[0];
  assert.equal(city('sf'), 'us-san-francisco', 'not Bakersfield, which contains "sf"');
  assert.equal(city('SF'), 'us-san-francisco');
  assert.equal(city('sj'), 'us-san-jose');
  assert.equal(city('slc'), 'us-salt-lake-city');
  assert.equal(city('kc'), 'us-kansas-city');
  assert.equal(city('dfw'), 'us-dallas');
  assert.equal(city('la'), 'us-la-crosse', 'a name that starts with it comes first');
  assert.equal(city('ca'), 'us-bakersfield', 'a word (CA) comes before initials');
  assert.equal(city('akersf'), 'us-bakersfield', 'a part of a word, last');
  assert.equal(city('sfx'), null, 'none');
});
