#!/usr/bin/env bash
# A plain (not editable) `pip install .` into a throw-away venv must give a working, translated
# app: its self-test needs the compiled translations and resources/ inside the package.
set -euo pipefail
cd "$(dirname "$0")/.."
where="$(mktemp -d)"
trap 'rm -rf "$where"' EXIT
python3 -m venv "$where/venv"
"$where/venv/bin/python" -m pip install --quiet --upgrade pip
"$where/venv/bin/python" -m pip install --quiet .
# Outside the source tree, so that nothing is found beside the package by accident.
cd "$where"
W4I_HOME="$where/home" QT_QPA_PLATFORM=offscreen "$where/venv/bin/w4i-desktop" --self-test
