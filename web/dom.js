// Building the element's DOM with calls, not markup: every text goes in through textContent, so
// a label or a value from a data pack is never parsed as HTML. Shared by the element's parts
// (web/picker.js, web/inputs.js, web/estimate-view.js ...), concatenated before them.

// el('p', {className: 'x', part: 'y', text: 'hello'}, child, 'text', ...): an element.
function el(tag, props) {
  var node = document.createElement(tag);
  for (var key in props || {}) {
    if (key === 'text') node.textContent = props[key];
    else if (key === 'className') node.className = props[key];
    else node.setAttribute(key, props[key]);
  }
  for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}

// A child may be a node, a string, an array of children, or null/undefined/false (left out), so
// that a part shown only sometimes can be written inline: `r.ok ? el(...) : null`.
function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
  else node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

// setChildren(node, child, ...): the node's children replaced by these.
function setChildren(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  for (var i = 1; i < arguments.length; i++) append(node, arguments[i]);
}

// A select's options from [value, label] pairs.
function fillSelect(select, options) {
  setChildren(select, options.map(function (o) { return el('option', { value: o[0], text: o[1] }); }));
}
