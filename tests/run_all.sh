#!/usr/bin/env bash
# The whole suite, in four pytest processes: the tests without windows, then the window
# tests in three groups.  Qt keeps state across the windows one process makes (one
# QApplication for the whole run); a crash of the offscreen platform after ~1,700 tests in
# one process (notes of 2026-12-01) stays inside its group this way and is not hidden: any
# group that fails, crashes or collects nothing fails the run.  Extra arguments go to each.
set -uo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
ui_files=(tests/ui/test_*.py)
first=() second=()
for f in "${ui_files[@]}"; do
  if [[ "$(basename "$f")" < "test_m" ]]; then first+=("$f"); else second+=("$f"); fi
done
groups=(
  "tests --ignore=tests/ui"
  "${first[*]}"
  "${second[*]}"
  "tests/ui/keys tests/ui/screen"
)
code=0
for group in "${groups[@]}"; do
  # shellcheck disable=SC2086  # each group is a list of paths
  "$py" -m pytest -p no:cacheprovider -q "$@" $group
  result=$?
  if [ "$result" -eq 5 ]; then
    echo "pytest collected no tests in: $group" >&2
    result=1
  fi
  [ "$result" -ne 0 ] && code=1
done
exit "$code"
