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
  // The chart is also a control: the pointer over it, or the arrow keys once it has focus,
  // move a cursor along the years; options.describe(point) says the figures there, which
  // options.readout(text) shows under the chart (null: none) and a screen reader hears as the
  // slider's value.
  var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'slider', tabindex: 0, part: 'chart',
    'aria-labelledby': 'curve-title', 'aria-describedby': 'curve-desc', class: 'chart' });
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
  var ticks = niceTicks(low * 0.9, high);
  if (!ticks.length) return root;  // no finite figures: an empty chart, never NaN
  // The top of the range is a labelled tick: one more step when the figures reach past the last.
  if (ticks.length > 1 && ticks[ticks.length - 1] < high) ticks.push(ticks[ticks.length - 1] + (ticks[1] - ticks[0]));
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
    // Pay rises with years, so the median line runs below-left and above-right of the point:
    // the label goes above-left, clear of it (below-right at the start of the axis).
    var atStart = mx - left < 40;
    var you = svg('text', { x: atStart ? mx + 9 : mx - 9, y: atStart ? my + 20 : my - 10,
      'text-anchor': atStart ? 'start' : 'end', class: 'axis marker-label' });
    you.textContent = options.youLabel;
    root.appendChild(you);
  }

  // The cursor: a vertical line and a dot on the median at the point read.
  var cursor = svg('g', { class: 'cursor', visibility: 'hidden' });
  var cursorLine = svg('line', { y1: top, y2: H - bottom });
  var cursorDot = svg('circle', { r: 4 });
  cursor.appendChild(cursorLine);
  cursor.appendChild(cursorDot);
  root.appendChild(cursor);
  var nearest = function (years) {
    var best = 0;
    points.forEach(function (p, i) {
      if (Math.abs(p.years - years) < Math.abs(points[best].years - years)) best = i;
    });
    return best;
  };
  var current = nearest(marker ? marker.years : 0);
  var read = function (i) {
    current = Math.max(0, Math.min(points.length - 1, i));
    var p = points[current], cx = x(p.years);
    cursorLine.setAttribute('x1', cx);
    cursorLine.setAttribute('x2', cx);
    cursorDot.setAttribute('cx', cx);
    cursorDot.setAttribute('cy', y(p.total.p50 * scale));
    cursor.setAttribute('visibility', 'visible');
    var text = options.describe ? options.describe(p) : '';
    if (options.readout) options.readout(text);
    root.setAttribute('aria-valuenow', p.years);
    root.setAttribute('aria-valuetext', text);
  };
  root.setAttribute('aria-valuemin', points[0].years);
  root.setAttribute('aria-valuemax', maxYears);
  root.setAttribute('aria-valuenow', points[current].years);
  if (options.describe) root.setAttribute('aria-valuetext', options.describe(points[current]));
  var hide = function () {
    cursor.setAttribute('visibility', 'hidden');
    if (options.readout) options.readout(null);
  };
  root.addEventListener('pointermove', function (e) {
    var box = root.getBoundingClientRect();
    if (!box.width) return;
    var px = (e.clientX - box.left) * W / box.width;
    read(nearest((px - left) / (W - left - right) * maxYears));
  });
  root.addEventListener('pointerleave', function () {
    if (root.getRootNode().activeElement !== root) hide();
  });
  root.addEventListener('focus', function () { read(current); });
  root.addEventListener('blur', hide);
  root.addEventListener('keydown', function (e) {
    var step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[e.key];
    if (e.key === 'Home') step = -points.length;
    if (e.key === 'End') step = points.length;
    if (!step) return;
    e.preventDefault();
    read(current + step);
  });
  return root;
}
