// The experience curve as SVG, built with DOM calls (no markup strings).
// points: the core's curve() output; marker: {years, value} or null; money(v): axis labels.

var SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
  var node = document.createElementNS(SVG_NS, tag);
  for (var key in attributes) node.setAttribute(key, String(attributes[key]));
  return node;
}

// Rounds a value range to 3-5 "nice" tick values (1, 2 or 5 times a power of ten), at any
// scale (a pack's figures may be below one unit); at least one tick for a finite range.
function niceTicks(low, high) {
  if (!isFinite(low) || !isFinite(high)) return [];
  var span = high - low;
  if (!(span > 0)) span = Math.abs(high) || 1;
  var step = Math.pow(10, Math.floor(Math.log10(span / 4)));
  var multipliers = [1, 2, 5, 10];
  for (var i = 0; i < multipliers.length; i++) {
    if (span / (step * multipliers[i]) <= 5) { step *= multipliers[i]; break; }
  }
  var ticks = [];
  for (var k = Math.ceil(low / step); k * step <= high; k++) ticks.push(k * step);
  return ticks.length ? ticks : [low];
}

// options.width: the CSS pixels the chart has, so that its text is drawn at its own size (12 px)
// on a phone and a wide screen alike, and its height stays near 300 px (200 on a phone).
function renderCurve(points, marker, options) {
  var W = Math.round(Math.min(1200, Math.max(280, options.width || 640)));
  var H = Math.round(Math.min(300, Math.max(200, W * 0.6))), left = 64, right = 12, top = 12, bottom = 36;
  var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', part: 'chart',
    'aria-labelledby': 'curve-title curve-desc', class: 'chart' });
  var title = svg('title', { id: 'curve-title' });
  title.textContent = options.title;
  var desc = svg('desc', { id: 'curve-desc' });
  desc.textContent = options.description;
  root.appendChild(title);
  root.appendChild(desc);
  if (!points.length) return root;

  var scale = options.scale || 1;
  var maxYears = points[points.length - 1].years;
  var low = Infinity, high = 0;
  points.forEach(function (p) {
    low = Math.min(low, p.total.p10 * scale);
    high = Math.max(high, p.total.p90 * scale);
  });
  var ticks = niceTicks(low * 0.9, high * 1.02);
  if (!ticks.length) return root;  // no finite figures: an empty chart, never NaN
  var yMin = Math.min(ticks[0], low), yMax = Math.max(ticks[ticks.length - 1], high);
  if (!(yMax > yMin)) yMax = yMin + (Math.abs(yMin) || 1);
  var x = function (years) { return left + (years / maxYears) * (W - left - right); };
  var y = function (v) { return top + (1 - (v - yMin) / (yMax - yMin)) * (H - top - bottom); };

  ticks.forEach(function (v) {
    root.appendChild(svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
    var label = svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' });
    label.textContent = options.money(v);
    root.appendChild(label);
  });
  [0, 5, 10, 15, 20].forEach(function (years) {
    if (years > maxYears) return;
    var label = svg('text', { x: x(years), y: H - bottom + 18, 'text-anchor': 'middle', class: 'axis' });
    label.textContent = years === 20 ? '20+' : String(years);
    root.appendChild(label);
  });
  var axisTitle = svg('text', { x: W - right, y: H - 4, 'text-anchor': 'end', class: 'axis' });
  axisTitle.textContent = options.yearsLabel;
  root.appendChild(axisTitle);

  function band(lowKey, highKey, cls) {
    var d = points.map(function (p, i) {
      return (i ? 'L' : 'M') + x(p.years).toFixed(1) + ' ' + y(p.total[highKey] * scale).toFixed(1);
    }).join(' ');
    for (var i = points.length - 1; i >= 0; i--) {
      d += ' L' + x(points[i].years).toFixed(1) + ' ' + y(points[i].total[lowKey] * scale).toFixed(1);
    }
    root.appendChild(svg('path', { d: d + ' Z', class: cls }));
  }
  band('p10', 'p90', 'band-outer');
  band('p25', 'p75', 'band-inner');
  root.appendChild(svg('path', {
    d: points.map(function (p, i) {
      return (i ? 'L' : 'M') + x(p.years).toFixed(1) + ' ' + y(p.total.p50 * scale).toFixed(1);
    }).join(' '),
    class: 'median',
  }));
  if (marker) {
    var mx = x(Math.min(marker.years, maxYears)), my = y(marker.value);
    root.appendChild(svg('circle', { cx: mx, cy: my, r: 5, class: 'marker' }));
    var you = svg('text', { x: mx + 8, y: my - 8, class: 'axis marker-label' });
    you.textContent = options.youLabel;
    root.appendChild(you);
  }
  return root;
}
