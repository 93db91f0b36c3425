// bench/page-load.js, element page: polls once per animation frame until the calculator's
// shadow root shows a median total, waits one more frame (the one that paints it), and records
// performance.now(): milliseconds from the start of this navigation. A file, not an inline
// script, so the page runs under the project's strict Content-Security-Policy.
'use strict';
(function () {
  function done(ms) {
    window.__benchMs = ms;
    document.dispatchEvent(new CustomEvent('bench-done'));
  }
  function poll() {
    var host = document.querySelector('ml-salary-calculator');
    var value = host && host.shadowRoot && host.shadowRoot.querySelector('[data-value="total-p50"]');
    if (value && value.textContent.trim()) {
      requestAnimationFrame(function () { done(performance.now()); });
    } else {
      requestAnimationFrame(poll);
    }
  }
  requestAnimationFrame(poll);
})();
