// bench/page-load.js, empty page: the floor that the calculator page is compared with,
// measured as bench/pages/first-estimate.js measures the calculator. Records performance.now()
// (milliseconds from the start of this navigation) at the first animation frame after
// DOMContentLoaded (__contentMs: the frame that paints the text, before its paint) and at the
// next (__benchMs: that paint is done).
'use strict';
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    requestAnimationFrame(function () {
      window.__contentMs = performance.now();
      requestAnimationFrame(function () {
        window.__benchMs = performance.now();
        document.dispatchEvent(new CustomEvent('bench-done'));
      });
    });
  });
})();
