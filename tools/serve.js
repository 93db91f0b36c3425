#!/usr/bin/env node
// A small static file server for `make run`: serves this repository on 127.0.0.1 only.
'use strict';
const crypto = require('crypto');
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const port = Number(process.argv[2] || 8000);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

function serve(req, res) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.join(root, pathname);
  // Only the repository's files: nothing outside it, nothing hidden (.git, .ci).
  if (!file.startsWith(root + path.sep) || path.relative(root, file).split(path.sep).some((p) => p.startsWith('.'))) {
    res.writeHead(403).end('forbidden');
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    send(req, res, body, types[path.extname(file)] || 'application/octet-stream');
  });
}

// Sends a file's bytes as static hosts do: revalidated on every use (no-cache), with an ETag
// (its hash), so that a page loaded again gets "304 Not Modified" and the browser uses what it
// has cached, compiled code included, as it would from GitHub Pages or nginx.
function send(req, res, body, type) {
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'content-type': type, 'cache-control': 'no-cache', etag };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, headers).end(body);
}

function start(handler = serve, listenPort = port) {
  const server = http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => resolve(server));
  });
}

if (require.main === module) {
  start().then((server) => {
    console.log(`ML salary calculator: http://127.0.0.1:${server.address().port}/index.html`);
    console.log('Press Ctrl+C to stop.');
  }, (err) => {
    console.error(`Cannot listen on 127.0.0.1:${port}: ${err.message} (try make run PORT=8080)`);
    process.exit(1);
  });
}

module.exports = { start, serve, send };
