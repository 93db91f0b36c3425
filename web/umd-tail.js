if (typeof module === 'object' && module.exports) {
  module.exports = createSalaryCore;
} else {
  root.createSalaryCore = createSalaryCore;
}
})(typeof globalThis !== 'undefined' ? globalThis : this);
