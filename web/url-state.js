// url-state: with the url-state attribute, the page's URL hash holds the calculator's inputs
// (#years=6&role=ml-engineer&...), so that a link shows the same estimate and Back undoes a
// change. The page author's attributes are the defaults: the hash overrides only the keys it
// has. `host` is the element, which keeps this state (set in its constructor):
//   host._following  it follows the hash now
//   host._authored   the author's values of the hash's attributes (and role), by name
//   host._changing   an attribute is being set by the hash or the reader (setInput)

// The keys of the hash and the attributes they mirror: [key, attribute]. The job role's key is
// `role`, shorter in a link than its attribute's name.
var HASH_KEYS = FIELDS.map(function (f) { return [f.prop === 'role' ? 'role' : f.attr, f.attr]; })
  .concat([['period', 'period'], ['prices-in', 'prices-in']]);

// The one element of the page that follows the hash: a second url-state element would fight
// over the same keys, so it behaves as if it had no url-state, and waits: when the first one
// stops (removed, or its url-state removed), the next waiting one takes over.
var hashOwner = null;
var hashWaiting = [];

// Starts or stops following the hash. The author's attributes are kept when following starts,
// and come back for each key the hash no longer has.
function followHash(host, on) {
  on = on && host.isConnected;
  var index = hashWaiting.indexOf(host);
  if (index >= 0) hashWaiting.splice(index, 1);
  if (on && hashOwner !== null && hashOwner !== host) {
    hashWaiting.push(host);
    on = false;
  }
  if (on === host._following) return;
  host._following = on;
  if (on) {
    hashOwner = host;
    if (!host._authored) {
      host._authored = {};
      HASH_KEYS.map(function (pair) { return pair[1]; }).concat('role').forEach(function (name) {
        host._authored[name] = host.getAttribute(name);
      });
    }
    window.addEventListener('hashchange', host._onHashChange);
    readHash(host);
  } else {
    window.removeEventListener('hashchange', host._onHashChange);
    hashOwner = null;
    var next = hashWaiting.shift();
    if (next) followHash(next, next.hasAttribute('url-state'));
  }
  host._queueRender();
}

// Sets an attribute as the hash or the reader asks (null removes it). Any other change (the
// page's own script) becomes the author's value (noteAuthored), which a hash without that key
// brings back.
function setInput(host, name, value) {
  host._changing = true;
  try {
    if (value === null) host.removeAttribute(name);
    else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  } finally {
    host._changing = false;
  }
}

// Called for each attribute change: one not made by setInput is the author's.
function noteAuthored(host, name, value) {
  if (host._authored && !host._changing && name in host._authored) host._authored[name] = value;
}

// Each of the calculator's keys in the hash sets its attribute, and a missing one brings back
// the author's value.
// Whether the page's hash holds any of the calculator's keys (not an in-page link as #method).
function hashHasInputs() {
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return HASH_KEYS.some(function (pair) { return params.has(pair[0]); });
}

function readHash(host) {
  var raw = location.hash.replace(/^#/, '');
  var params = new URLSearchParams(raw);
  // An in-page link (#method) is not the calculator's: it stays as it is. An empty hash (Back
  // to the page as it was opened) means the author's values.
  if (raw !== '' && !hashHasInputs()) return;
  HASH_KEYS.forEach(function (pair) {
    var value = params.get(pair[0]);
    setInput(host, pair[1], value === null || value.length > 100 ? host._authored[pair[1]] : value);
  });
  // The hash's role is job-role; the author's plain role attribute yields to it.
  setInput(host, 'role', params.has('role') ? null : host._authored.role);
}

// The page's hash with the element's inputs; other keys (such as the page's lang) stay.
function hashWithInputs(host) {
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  HASH_KEYS.forEach(function (pair) {
    if (host.hasAttribute(pair[1])) params.set(pair[0], host.getAttribute(pair[1]));
    else params.delete(pair[0]);
  });
  return params.toString();
}

// Puts the inputs in the hash while following it: as a new history entry (Back undoes the
// change), or in place of the current one when `replace` (the next steps of a gesture, or a
// correction that shows the same view).
function writeHash(host, replace) {
  if (!host._following) return;
  var hash = hashWithInputs(host);
  if (location.hash.replace(/^#/, '') === hash) return;
  if (replace) history.replaceState(history.state, '', '#' + hash);
  else location.hash = hash;
}
