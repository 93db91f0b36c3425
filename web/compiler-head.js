/*! ml-salary salary-pack-compiler: checks a JSON data pack and compiles it for salary-core.js
 *  (C++ in WebAssembly). Needed only by loadDataPack: in a browser, load it with a classic
 *  <script> (it defines the global createSalaryPackCompiler); in Node, salary-core.js
 *  require()s it from its own directory. Nothing here makes a network request. */
(function (root) {
'use strict';
