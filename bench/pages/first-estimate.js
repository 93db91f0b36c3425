// bench/page-load.js, element page: polls once per animation frame until the calculator's
// shadow root shows a median total. Records performance.now() (milliseconds from the start of
// this navigation) in that frame's callback (__contentMs: the frame that paints it, before its
// paint) and in the next frame's (__benchMs: that paint is done). bench/pages/first-frame.js
// records the same two for the empty page. A file, not an inline script, so the page runs
// under the project's strict Content-Security-Policy.
'use strict';
(function () {
  function poll() {
    var host = document.querySelector('ml-salary-calculator');
    var value = host && host.shadowRoot && host.shadowRoot.querySelector('[data-value="total-p50"]');
    if (value && value.textContent.trim()) {
      window.__contentMs = performance.now();
      requestAnimationFrame(function () {
        window.__benchMs = performance.now();
        document.dispatchEvent(new CustomEvent('bench-done'));
      });
    } else {
      requestAnimationFrame(poll);
    }
  }
  requestAnimationFrame(poll);
})();
