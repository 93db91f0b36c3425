// tools/serve.js (make run, the browser tests, the page-load bench) answers as static hosts do:
// every file with an ETag, and "304 Not Modified" to a request that has it.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { start } = require('../../tools/serve.js');

const ROOT = path.resolve(__dirname, '../..');

async function get(origin, pathname, headers = {}) {
  const res = await fetch(origin + pathname, { headers });
  return { status: res.status, etag: res.headers.get('etag'), cache: res.headers.get('cache-control'),
    body: Buffer.from(await res.arrayBuffer()) };
}

test('a file comes with an ETag, and a request with it gets 304 and no body', async () => {
  const server = await start(undefined, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const first = await get(origin, '/index.html');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, fs.readFileSync(path.join(ROOT, 'index.html')));
    assert.equal(first.cache, 'no-cache');  // revalidated on every use
    assert.match(first.etag, /^"[\w-]+"$/);

    const again = await get(origin, '/index.html', { 'if-none-match': first.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.etag, first.etag);

    // Another file's tag, or a stale one, gets the file.
    const other = await get(origin, '/README.md', { 'if-none-match': first.etag });
    assert.equal(other.status, 200);
    assert.notEqual(other.etag, first.etag);
    assert.deepEqual(other.body, fs.readFileSync(path.join(ROOT, 'README.md')));
  } finally {
    server.close();
  }
});

test('files outside the repository or hidden stay forbidden, with or without a tag', async () => {
  const server = await start(undefined, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    assert.equal((await get(origin, '/.git/HEAD')).status, 403);
    assert.equal((await get(origin, '/.git/HEAD', { 'if-none-match': '"x"' })).status, 403);
    assert.equal((await get(origin, '/no-such-file.js')).status, 404);
  } finally {
    server.close();
  }
});
