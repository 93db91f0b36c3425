# make run   - install what is missing (Debian, as root), build, serve on http://127.0.0.1:8000/
# make test  - every test: native doctest, the wasm module under node, the page in Chromium
# make dist  - dist/salary-core.js (+ .d.ts) and dist/ml-salary.js (core + element)
# make packs - regenerate data/*.json from ../shared/data (the raw data is not in this repo)

PORT ?= 8000

.PHONY: all run test dist native deps packs serve clean test-native test-node test-browser

all: dist

deps:
	@tools/install-deps.sh

native: deps
	cmake --preset native
	cmake --build --preset native

dist: deps
	cmake --preset wasm
	cmake --build --preset wasm
	@tools/report-size.sh dist/salary-core.js dist/ml-salary.js

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

clean:
	rm -rf build dist
