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
DEMO_TRAINEES ?= 30
DEMO_LESSON ?= l5_business_data

.PHONY: demo test setup system-packages clean hub

demo: setup
	$(BIN)/course build $(DEMO_LESSON)
	$(BIN)/course release $(DEMO_LESSON)
	$(BIN)/course simulate --lesson $(DEMO_LESSON) --trainees $(DEMO_TRAINEES) --seed 7
	$(BIN)/course grade $(DEMO_LESSON)

test: setup
	$(BIN)/pytest

setup: system-packages $(INSTALLED) $(HUB_PROXY)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

# JupyterHub's proxy for `make hub` and its test, from npm into .node/, only when missing
$(HUB_PROXY):
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm)
	npm install --no-audit --no-fund --silent --prefix .node configurable-http-proxy@5.3.0

# a local JupyterHub for a trial cohort: the roster's trainees (or TRAINEES="a b") and an instructor
TRAINEES ?=
hub: setup
	$(BIN)/course hub $(foreach t,$(TRAINEES),--trainee $(t))

clean:
	rm -rf build .pytest_cache
