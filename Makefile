# Meridian. `make serve` and `make test` install whatever is missing (see scripts/ensure-tools.sh),
# then build, serve or test. Everything comes from the package registries; nothing is downloaded
# as a prebuilt binary.
SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: serve dist size test setup setup-test lint test-native test-wasm test-e2e test-py holidays holidays-check fluent bench bench-phone fuzz fuzz-ics clean

## serve: install what is missing, build, and serve both pages at http://127.0.0.1:8080 (the
## planner, index.html, rebuilt on change; the timetable, timetable.html, built once at the start)
serve: setup
	trunk build timetable.html --offline --dist target/dist-timetable
	trunk serve --offline --address 127.0.0.1 --port 8080

## dist: a release build of both pages in dist/ (the timetable first: Trunk builds one page at a
## time, and the planner's post-build step puts the timetable beside it); fails when the
## timetable's first load passes its 300 kB budget by more than 5 % (scripts/size.py)
dist: setup
	trunk build timetable.html --release --offline --dist target/dist-timetable
	trunk build --release --offline
	@python3 scripts/size.py dist

## size: both pages' first-load sizes in dist/ (gzip -9), against the timetable's budget
size:
	@python3 scripts/size.py dist

setup:
	@scripts/ensure-tools.sh build

setup-test:
	@scripts/ensure-tools.sh test

## test: every check — formatting, lints, native tests, wasm tests in headless Chromium,
## end-to-end in Chromium (Playwright + axe), the cross-check against Python's zoneinfo, and
## calendar files of 300 generated schedules read by dateutil and by stock ical.js (test-py), and
## the public-holiday files regenerated from the pinned `holidays` package (holidays-check)
test: setup-test lint test-native test-wasm dist test-e2e test-py holidays-check

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p meridian-app --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p meridian-engine --lib --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace
	cargo build -p meridian-cli

test-wasm:
	cargo test -p meridian-app --target wasm32-unknown-unknown --test wasm_app

test-e2e:
	npx playwright test

test-py:
	MERIDIAN_BIN=target/debug/meridian .venv/bin/python -m pytest -q tests/python

## fluent: rewrite vendor/fluent-bundle.js (Mozilla's Fluent, which the pages format with) from
## @fluent/bundle in node_modules; tests/python/test_vendored_fluent.py fails when they differ
fluent: setup-test
	python3 scripts/vendor-fluent.py

## holidays: regenerate data/holidays/ from the `holidays` package pinned in requirements-test.txt
holidays: setup-test
	.venv/bin/python scripts/holidays.py data/holidays

## holidays-check: regenerate the holiday files into a temporary folder and fail on any difference
## from the committed ones (a newer package, or a hand edit); `make holidays` writes them anew
holidays-check: setup-test
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	.venv/bin/python scripts/holidays.py "$$tmp/holidays" && \
	if diff -r data/holidays "$$tmp/holidays" > "$$tmp/diff"; then \
	  echo "holidays-check: data/holidays matches holidays $$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("holidays"))')"; \
	else \
	  head -n 40 "$$tmp/diff"; echo "holidays-check: data/holidays differs from what the pinned package generates ($$(wc -l < "$$tmp/diff") lines of diff); run make holidays if the change is meant"; exit 1; \
	fi

clean:
	cargo clean
	rm -rf dist test-results playwright-report

## bench: conflict-check figures, natively and in headless Chromium (engine as wasm) against a
## Luxon + pairwise baseline on the same data, the overlap map and rotation search, the app's
## re-check while a session of the 7,500-occurrence schedule is dragged, and the phone run
## (bench-phone) (a command, not a test)
bench: setup-test dist
	cargo run --release -q -p meridian-bench --bin meridian-bench
	cargo build --release -q -p meridian-bench --lib --target wasm32-unknown-unknown
	wasm-bindgen --target web --out-dir target/bench-web target/wasm32-unknown-unknown/release/meridian_bench.wasm
	node bench/run.js
	cargo build --release -q -p meridian-bench --bin meridian-bench-schedule
	node bench/app.js
	@$(MAKE) -s bench-phone

## bench-phone: both pages' first-load sizes, then a students' link and the planner opened like a
## phone (Lighthouse's mobile throttling, gzip'd, fresh profile) against the network's floor
bench-phone: setup-test
	@test -f dist/timetable.html || $(MAKE) -s dist
	@python3 scripts/size.py dist || true
	cargo build -q -p meridian-cli
	node bench/phone.js

## fuzz-ics: the calendar export's differential test on COUNT generated schedules (default 5,000)
## from SEED: each file read by dateutil (RFC 5545) and stock ical.js must give the engine's
## occurrences; a failure prints the seed, the case and the schedule (a command, not a test;
## `make test` runs 300 of them)
fuzz-ics: setup-test
	cargo build -p meridian-cli
	MERIDIAN_BIN=target/debug/meridian .venv/bin/python tests/python/ics_differential.py --count $(or $(COUNT),5000) --seed $(or $(SEED),20261124)

## fuzz: the three fuzz targets, share links, schedule files and calendar files, RUNS inputs each
## (default a million; a command, not a test; `make test` runs 20,000 links, 5,000 schedule files
## and 500 calendar files). TARGET=links, TARGET=schedules or TARGET=calendars runs one.
fuzz:
	cargo run --release -q -p meridian-bench --bin meridian-fuzz -- $(or $(RUNS),1000000) $(or $(SEED),24301) $(or $(TARGET),all)
