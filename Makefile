# make run   - install what is missing (Debian, as root), build, serve on http://127.0.0.1:8000/
# make test  - every test: native doctest, the wasm module under node, the page in Chromium
# make dist  - dist/salary-core.js (+ .d.ts) and dist/ml-salary.js (core + element)
# make packs - regenerate data/*.json from ../shared/data (the raw data is not in this repo)

NATIVE_BUILD := build/native
WASM_BUILD   := build/wasm
PORT         ?= 8000
JOBS         ?= 2
CI           ?=

.PHONY: all run test dist native deps packs serve clean test-native test-node test-browser

all: dist

deps:
	@tools/install-deps.sh

native: deps
	cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(NATIVE_BUILD) -j $(JOBS)

dist: deps
	emcmake cmake -S . -B $(WASM_BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(WASM_BUILD) -j $(JOBS)
	@tools/report-size.sh dist/salary-core.js dist/ml-salary.js

test-native: native
	cd $(NATIVE_BUILD) && ctest --output-on-failure

test-node: dist
	node --test tests/js/

test-browser: dist
	node --test tests/browser/

test: test-native test-node test-browser

run: dist serve

serve:
	node tools/serve.js $(PORT)

packs: native
	cmake --build $(NATIVE_BUILD) --target packs

clean:
	rm -rf build dist
