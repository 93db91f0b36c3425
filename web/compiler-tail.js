if (typeof module === 'object' && module.exports) {
  module.exports = createSalaryPackCompiler;
} else {
  root.createSalaryPackCompiler = createSalaryPackCompiler;
}
})(typeof globalThis !== 'undefined' ? globalThis : this);
