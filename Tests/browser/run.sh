#!/usr/bin/env bash
# Builds the shipped book into a fresh folder and reads every page in headless Chromium (Tests/browser/check.py).
# Installs what it needs when missing: Debian's chromium and chromium-driver, selenium, and the axe-core 4.12 that
# the axe-playwright-python wheel carries (installed without its dependencies: only its axe.min.js is used).
# Usage: Tests/browser/run.sh [SCREENSHOT_DIR]   (default: .build/browser-screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" \
  || python3 -m pip install -q --no-deps axe-playwright-python==0.1.8

site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
swift run docbuild build --output "$site/site" --quiet
python3 Tests/browser/check.py "$site/site" "${1:-.build/browser-screenshots}" --book
