// The element's stylesheet (adopted by its shadow root, so a strict style-src allows it).
// Theming: the custom properties below, all with fallbacks, and the ::part names in the README.
// tools/bundle.js writes it without comments and spare whitespace (tools/css-minify.js).
var STYLES = `
:host {
  --_bg: var(--ml-salary-background, #ffffff);
  --_text: var(--ml-salary-text, #1d232b);
  --_muted: var(--ml-salary-muted, #56606b);
  --_border: var(--ml-salary-border, #cfd5dc);
  --_accent: var(--ml-salary-accent, #0b5cad);
  --_band: var(--ml-salary-band, rgba(11, 92, 173, 0.14));
  --_error: var(--ml-salary-error, #a4161a);
  display: block;
  container-type: inline-size;
  font: var(--ml-salary-font, inherit);
  color: var(--_text);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--ml-salary-radius, 8px);
  padding: 1rem;
  min-width: 0;
  direction: ltr;  /* its text is English or Chinese, also on a right-to-left page */
  unicode-bidi: isolate;
}
:host([hidden]) { display: none; }
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:host([data-theme="dark"]) {  /* theme="dark", or "auto" in a dark system */
  --_bg: var(--ml-salary-background, #15191e);
  --_text: var(--ml-salary-text, #e8ecf0);
  --_muted: var(--ml-salary-muted, #a9b3be);
  --_border: var(--ml-salary-border, #3a434d);
  --_accent: var(--ml-salary-accent, #7cb8ff);
  --_band: var(--ml-salary-band, rgba(124, 184, 255, 0.18));
  --_error: var(--ml-salary-error, #ff8a8a);
}
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1rem; margin: 1.1rem 0 .5rem; }
h4 { font-size: .95rem; margin: .5rem 0 .25rem; }
form, .row { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: .5rem .75rem; }
form { grid-template-columns: repeat(auto-fill, minmax(14.5rem, 1fr)); }  /* room for the longest choice */
label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; min-width: 0; }
label.years { grid-column: 1 / -1; }
.picker-field { display: flex; flex-direction: column; min-width: 0; }
.picker-note { font-size: .8rem; color: var(--_error); }  /* (empty: no height, still a live region) */
.picker-note:not(:empty) { margin-top: .2rem; }
.more { grid-column: 1 / -1; }
.more summary { cursor: pointer; color: var(--_accent); font-size: .9rem; margin: .25rem 0; }
.more-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14.5rem, 1fr)); gap: .5rem .75rem; }
select, input[type="text"] { width: 100%; box-sizing: border-box; }
/* A narrow screen (a phone: under 40rem, NARROW_PX in inputs.js): one column, and the
   result first, right under the title, the inputs after it. */
.calculator { display: flex; flex-direction: column; }
.calculator > * { order: 3; }
.calculator > h2, .calculator > .notes { order: 0; }
@media (max-width: 40rem) { :host { padding: .75rem; } }
@container (max-width: 40rem) {
  .calculator > .estimate-title, .calculator > .estimate { order: 1; }
  .calculator > form { order: 2; }
  form, .more-fields { grid-template-columns: 1fr; }
}
.years-inputs { display: flex; gap: .5rem; align-items: center; min-width: 0; }
.years-inputs input[type="number"] { width: 4.5rem; flex: none; }
.years-inputs input[type="range"] { flex: 1; min-width: 0; }
input, select, button, textarea {
  font: inherit; color: inherit; background: var(--_bg); min-width: 0;
  border: 1px solid var(--_border); border-radius: 4px; padding: .35rem;
}
button { cursor: pointer; color: var(--_accent); }
:is(input, select, button, textarea, a):focus-visible { outline: 2px solid var(--_accent); outline-offset: 1px; }
textarea { width: 100%; box-sizing: border-box; margin-top: .5rem; }
.tiers { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--_border); border-radius: 6px; padding: .75rem; }
.card h4 { margin-top: 0; }
.muted { color: var(--_muted); font-size: .85rem; }
dl { margin: .25rem 0; }
dt { font-size: .8rem; color: var(--_muted); }
dd { margin: 0 0 .35rem; font-variant-numeric: tabular-nums; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .25rem .75rem; }
.headline { font-size: 1.6rem; font-weight: 700; color: var(--_accent); }
.profile-line { margin: 0 0 .25rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid var(--_border); vertical-align: top; }
.error { color: var(--_error); font-weight: 600; }
.notes:empty, .warnings:empty { display: none; }
.notes { color: var(--_error); font-size: .85rem; }
ul { padding-left: 1.2rem; }
a { color: var(--_accent); }
a, td, dd, li { overflow-wrap: anywhere; }
td.multiplier { white-space: nowrap; }  /* "× 16,304.35" whole: a table gives it room */
.ruler { height: 0; }  /* the content's width, for the element's ResizeObserver */
.chart-box { margin: 1rem 0 0; }
.chart-box figcaption { font-weight: 600; margin-bottom: .25rem; }
.chart { width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--_border); stroke-width: 1; }
.chart .axis { fill: var(--_muted); font-size: 12px; }
.chart .band-outer { fill: var(--_band); }
.chart .band-inner { fill: var(--_band); }
.chart .median { fill: none; stroke: var(--_accent); stroke-width: 2.5; }
.chart .marker { fill: var(--_bg); stroke: var(--_accent); stroke-width: 3; }
.chart .marker-label { fill: var(--_text); font-weight: 600; paint-order: stroke; stroke: var(--_bg); stroke-width: 4px; }
.chart .cursor line { stroke: var(--_text); stroke-width: 1; stroke-dasharray: 3 3; }
.chart .cursor circle { fill: var(--_accent); }
.chart:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.chart-readout { min-height: 2.6em; margin: .25rem 0 0; font-variant-numeric: tabular-nums; }
.offer-result, .difference { font-weight: 600; }
.purchasing-power { margin: .25rem 0; }
.lever-list { padding-left: 1.4rem; margin: .25rem 0; }
.lever-list li { margin: .3rem 0; }
.lever-source { font-size: .8rem; }
.advice { color: var(--_muted); font-size: .85rem; }
.buttons { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
.fallback[hidden], .compare [hidden] { display: none; }
.loading > :not(h2):not(.estimate):not(.fallback) { visibility: hidden; }
.failed > :not(h2):not(.estimate):not(.fallback) { display: none; }
.loading > .estimate { min-height: 12rem; }
:host([compact]:not([levers])) .levers,
:host([compact]) .details, :host([compact]) .chart-box, :host([compact]) .compare,
:host([compact]) .share, :host([compact]) .offer, :host([compact]) footer,
:host([compact]) .tiers dt:nth-of-type(3), :host([compact]) .tiers dd:nth-of-type(3) { display: none; }
:host([locked]) form, :host([locked]) .interactive, :host([locked]) .compare { display: none; }
@container (max-width: 420px) {
  .row { grid-template-columns: 1fr 1fr; }
  /* two columns where an amount fits whole in each (IDR 274,503,750 broke between its digits
     at 320 px), else one */
  .figures { grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); }
  .headline { font-size: 1.3rem; }
  th:nth-child(3), td:nth-child(3) { display: none; }
}
@media print {
  :host { border: none; padding: 0; color: #000; background: #fff; }
  form, .interactive, .compare, .compare-toggle { display: none; }
  .card { break-inside: avoid; }
  a { color: inherit; }
}
`;
