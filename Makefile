# Two commands: `make demo` and `make test`. Both set up what they need on a fresh
# Debian machine with Python 3.11: a .venv with the kit, and the system packages below.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HUB_PROXY := .node/node_modules/.bin/configurable-http-proxy
# Debian packages the kit needs at run time, installed only where missing
# (Noto CJK and colour emoji: without them Chinese text and ✅ ❌ 💡 render as empty boxes)
SYSTEM_PACKAGES := bubblewrap chromium fonts-noto-cjk fonts-noto-color-emoji
# poppler-utils: pdftoppm and pdftotext, with which the tests read certificates back
SYSTEM_PACKAGES += poppler-utils
# PostgreSQL: the tests run grading on a real server they start and stop (tests/postgres.py)
SYSTEM_PACKAGES += postgresql
# espeak-ng: speaks the speech-labeling lesson's clips at build time (datasets/speech_calls)
SYSTEM_PACKAGES += espeak-ng
# libseccomp2: the grading kernels' seccomp filter (autograder/engine/zygote.py)
SYSTEM_PACKAGES += libseccomp2
DEMO_TRAINEES ?= 30
DEMO_LESSON ?= l5_business_data
DEMO_PAPERS ?= exam_l3_practical exam_l3_theory
DEMO_CANDIDATES ?= 12
DEMO_COURSE_DIR := $(or $(COURSE_DIR),build/course)

.PHONY: demo test setup system-packages clean hub

demo: setup
	$(BIN)/course build $(DEMO_LESSON)
	$(BIN)/course release $(DEMO_LESSON)
	$(BIN)/course simulate --lesson $(DEMO_LESSON) --trainees $(DEMO_TRAINEES) --seed 7
	$(BIN)/course grade $(DEMO_LESSON)
	@# the Level 3 exam: both papers, open for four hours and closed half an hour ago
	for paper in $(DEMO_PAPERS); do $(BIN)/course paper schedule $$paper \
	  --opens "$$(date -u -d '-4 hours' +%FT%TZ)" --closes "$$(date -u -d '-30 minutes' +%FT%TZ)" || exit 1; done
	$(BIN)/course paper build $(DEMO_PAPERS)
	$(BIN)/course paper release $(DEMO_PAPERS)
	for paper in $(DEMO_PAPERS); do \
	  $(BIN)/course paper simulate $$paper --candidates $(DEMO_CANDIDATES) --seed 7 || exit 1; done
	$(BIN)/course grade $(DEMO_PAPERS)
	$(BIN)/course paper simulate-marking exam_l3_practical
	@# the issuer's key pair is made once, outside the repository
	$(BIN)/course keys show >/dev/null 2>&1 || $(BIN)/course keys init >/dev/null
	$(BIN)/course certify --level 3
	$(BIN)/course verify "$$(ls $(DEMO_COURSE_DIR)/credentials/level3/*.json | head -n 1)"
	$(BIN)/course certificates --level 3
	$(BIN)/course report

test: setup
	$(BIN)/pytest

setup: system-packages $(INSTALLED) $(HUB_PROXY)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

# JupyterHub's proxy for `make hub` and its test, from npm into .node/, only when missing
# (npm itself comes with the system packages, by command: node may not be Debian's)
$(HUB_PROXY): | system-packages
	npm install --no-audit --no-fund --silent --prefix .node configurable-http-proxy@5.3.0

# a local JupyterHub for a trial cohort: the roster's trainees (or TRAINEES="a b") and an instructor
TRAINEES ?=
hub: setup
	$(BIN)/course hub $(foreach t,$(TRAINEES),--trainee $(t))

clean:
	rm -rf build .pytest_cache
