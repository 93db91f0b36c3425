# make run   - install what is missing (Debian, as root), build, serve on http://127.0.0.1:8000/
# make test  - every test: native doctest, the wasm module under node, the page in Chromium
# make dist  - dist/salary-core.js (+ .d.ts), dist/ml-salary.js (core + element) and
#              dist/salary-pack-compiler.js (for loadDataPack)
# make packs - regenerate data/*.json from ../shared/data (the raw data is not in this repo)
# make validate - measured accuracy of the market pack (fit <= 2023, test 2024), a Markdown table
# make screenshots - index.html in en/zh-CN x light/dark x 375/1280 px, in test-results/screenshots/
#              (README=1 also writes docs/screenshot.png, the README's picture)

PORT ?= 8000

.PHONY: all run test dist native deps packs validate serve clean test-native test-node test-browser screenshots

all: dist

deps:
	@tools/install-deps.sh

native: deps
	cmake --preset native
	cmake --build --preset native

dist: deps
	cmake --preset wasm
	cmake --build --preset wasm
	@tools/report-size.sh dist/salary-core.js dist/ml-salary.js dist/salary-pack-compiler.js

test-native: native
	ctest --preset native

test-node: dist
	node --test tests/js/

test-browser: dist
	node --test tests/browser/

test: test-native test-node test-browser

run: dist serve

serve:
	node tools/serve.js $(PORT)

packs: native
	cmake --build --preset native --target packs

validate: native
	cmake --build --preset native --target validate

screenshots: dist
	node tools/screenshots.js $(if $(README),--readme)

clean:
	rm -rf build dist

# Hardening and performance (none of these is part of make test; CI runs test-asan and fuzz).
# make test-asan             - the native tests built with ASan + UBSan (clang-14)
# make fuzz FUZZ_SECONDS=60  - each libFuzzer target for that long; prints executions, crashes
# make bench                 - native and wasm timings, memory, dist sizes and where their bytes go,
#                              page load: Markdown tables
FUZZ_SECONDS ?= 60

.PHONY: test-asan fuzz bench

test-asan:
	@tools/install-deps.sh hardening
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

fuzz:
	@tools/install-deps.sh hardening
	cmake --preset fuzz
	cmake --build --preset fuzz
	tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

bench: dist
	@tools/install-deps.sh bench
	@cmake --preset bench >/dev/null
	@cmake --build --preset bench >/dev/null
	@node --expose-gc bench/report.js build/bench/bench/salary_bench
	@echo
	@node bench/size-breakdown.js
	@node bench/page-load.js
