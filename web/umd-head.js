/*! ml-salary salary-core: a private, offline machine-learning salary estimator (C++ in WebAssembly).
 *  In a browser, a classic <script> defines the global createSalaryCore; in Node,
 *  require() returns it. Nothing here makes a network request. */
(function (root) {
'use strict';
