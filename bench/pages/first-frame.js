// bench/page-load.js, empty page: records performance.now() (milliseconds from the start of
// this navigation) at the first animation frame after DOMContentLoaded, the floor that the
// calculator page is compared with.
'use strict';
(function () {
  function done(ms) {
    window.__benchMs = ms;
    document.dispatchEvent(new CustomEvent('bench-done'));
  }
  document.addEventListener('DOMContentLoaded', function () {
    requestAnimationFrame(function () { done(performance.now()); });
  });
})();
