# casequiz: build, test and install. `make play` and `make test` set up a fresh Debian machine themselves.

SWIFT ?= swift
# Where SwiftPM builds; several people sharing one tree each use their own (SCRATCH=.build-NAME).
SCRATCH ?= .build
PREFIX ?= /usr/local
DESTDIR ?=

# Debian packages: readline for the line editor, tmux for the terminal test, hunspell for the spell check.
DEBIAN_PACKAGES := libreadline-dev tmux hunspell hunspell-en-us hunspell-es python3-venv

SWIFT_BUILD := $(SWIFT) build --scratch-path $(SCRATCH)
RELEASE_BIN := $(SCRATCH)/release/casequiz
# Where `make install` builds the man page generator (see install).
MANUAL_SCRATCH ?= $(SCRATCH)-manual
# Release flags, chosen by measurement (docs/performance.md): linking the Swift runtime and Foundation
# statically saves the dynamic loader's work at every start (about a fifth of the time to the first question,
# and 5 MiB of memory) at the cost of a bigger binary. RELEASE_FLAGS= builds a dynamically linked binary.
RELEASE_FLAGS ?= --static-swift-stdlib
# The command `make play` runs.
PLAY_COMMAND ?= play

.PHONY: deps build release play test lint install

deps:
	@missing=""; \
	for package in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$package"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "deps: not a Debian system; install readline headers, tmux, and hunspell with en_US and es dictionaries:$$missing"; \
	  exit 0; \
	fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else \
	  echo "deps: missing Debian packages:$$missing"; \
	  echo "deps: install them with: sudo apt-get update && sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

build: deps
	$(SWIFT_BUILD)

release: deps
	$(SWIFT_BUILD) -c release $(RELEASE_FLAGS)

play: release
	$(RELEASE_BIN) $(PLAY_COMMAND)

# The real-terminal (tmux) tests run on their own, one at a time, after the rest: they wait on a screen in real
# time, and on a 2-core machine the parallel suite can starve them.
TMUX_TESTS := TmuxTests

# Anki's own library (the `anki` package from PyPI) in a venv, for the test that imports an exported deck into a
# real collection (Tests/anki_import.py). Idempotent: nothing is done when the right version is there. Outside CI
# the test is skipped when the venv is missing; in CI (CI=true) it fails.
ANKI_VENV ?= .build-venv/anki
ANKI_VERSION ?= 26.9.3
.PHONY: anki-venv
anki-venv:
	@if $(ANKI_VENV)/bin/python -c 'import importlib.metadata as m, sys; sys.exit(m.version("anki") != "$(ANKI_VERSION)")' 2>/dev/null; then \
	  exit 0; \
	fi; \
	echo "anki-venv: installing anki==$(ANKI_VERSION) from PyPI in $(ANKI_VENV)"; \
	{ python3 -m venv $(ANKI_VENV) && $(ANKI_VENV)/bin/pip install --quiet --disable-pip-version-check 'anki==$(ANKI_VERSION)'; } \
	  || echo "anki-venv: could not install anki==$(ANKI_VERSION); the Anki import test is skipped (it fails when CI=true)"

test: deps anki-venv
	$(SWIFT_BUILD) --build-tests
	$(SWIFT) test --skip-build --scratch-path $(SCRATCH) --skip '$(TMUX_TESTS)'
	$(SWIFT) test --skip-build --scratch-path $(SCRATCH) --filter '$(TMUX_TESTS)' --no-parallel
	$(MAKE) fuzz-smoke

lint:
	@if $(SWIFT) format --version >/dev/null 2>&1; then \
	  $(SWIFT) format lint --recursive Sources Tests; \
	else \
	  echo "lint: this toolchain has no 'swift format'; skipped"; \
	fi

install: release
	@test -n "$(PREFIX)" || { echo "install: PREFIX is empty"; exit 1; }
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/casequiz" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$(RELEASE_BIN)" "$(DESTDIR)$(PREFIX)/bin/casequiz"
	rm -rf "$(DESTDIR)$(PREFIX)/share/casequiz/QuestionBanks" "$(DESTDIR)$(PREFIX)/share/casequiz/Locales"
	cp -R QuestionBanks Locales "$(DESTDIR)$(PREFIX)/share/casequiz/"
	"$(RELEASE_BIN)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/casequiz"
	"$(RELEASE_BIN)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_casequiz"
	"$(RELEASE_BIN)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/casequiz.fish"
	@# The man page comes from swift-argument-parser's generate-manual plugin (it builds its tool once, offline).
	@# It builds in a scratch folder of its own: in $(SCRATCH) it would rebuild the release binary without
	@# RELEASE_FLAGS, and the next `make play` would rebuild everything again.
	@if $(SWIFT) package --scratch-path $(MANUAL_SCRATCH) plugin generate-manual >/dev/null; then \
	  install -m 644 "$(MANUAL_SCRATCH)/plugins/GenerateManual/outputs/casequiz/casequiz.1" "$(DESTDIR)$(PREFIX)/share/man/man1/casequiz.1"; \
	else \
	  echo "install: the generate-manual plugin failed; no man page installed"; \
	fi
	@echo "installed casequiz in $(DESTDIR)$(PREFIX)"

# `make bench`: build release binaries and run every benchmark side by side (start-up, bank scale, FSRS, profile,
# memory), printing one table; see Benchmarks/run.sh and docs/performance.md. Never part of `make test`.
# It installs bsdgames (apt) and py-fsrs 6.3.2 (pip, in a venv under BENCH_BUILD) when they are missing.
BENCH_BUILD ?= .build-bench
.PHONY: bench
bench: deps
	BENCH_BUILD=$(BENCH_BUILD) SWIFT=$(SWIFT) bash Benchmarks/run.sh $(BENCH_ARGS)

# Fuzzing (Fuzz/README.md): libFuzzer + AddressSanitizer harnesses over bank decoding, profile decoding, answer
# checking and in-game input lines. `make fuzz` runs each for FUZZ_SECONDS (override: make fuzz FUZZ_SECONDS=60);
# `make fuzz-smoke` for FUZZ_SMOKE_SECONDS each and fails on any crash. Both skip loudly without libFuzzer.
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 20

.PHONY: fuzz fuzz-smoke

fuzz:
	bash Fuzz/run.sh --seconds $(FUZZ_SECONDS)

fuzz-smoke:
	bash Fuzz/run.sh --seconds $(FUZZ_SMOKE_SECONDS)
