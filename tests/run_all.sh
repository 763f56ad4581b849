#!/usr/bin/env bash
# The whole suite, in four pytest processes.
#
# Why several processes: Qt keeps state across the windows one process makes (one
# QApplication for the whole run); a crash of the offscreen platform after ~1,700 tests in
# one process (notes of 2026-12-01) stays inside its group this way and is not hidden.
#
# Why two at a time: the tests wait on PostgreSQL, Zebra, SMTP, CUPS and child processes
# as much as they compute, so on two cores the services and persistence tests (both
# databases) run beside the window tests and then the rest (parsers, printouts, packaging,
# the whole-tree checks); the two lanes take about as long.  The tests that time keys - a scanner
# typing into the window, the keyboard wedge's 40 ms gap, the same tests again on a real X
# server - run last and alone, so a busy machine cannot stretch their key gaps.
#
# Any group that fails, crashes or collects nothing fails the run; each group's output is
# printed whole when it ends.  Extra arguments go to each pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
logs="$(mktemp -d "${TMPDIR:-/tmp}/illdesk-tests.XXXXXX")"
trap 'rm -rf "$logs"' EXIT
timed_keys=(tests/ui/keys tests/ui/screen tests/ui/test_keys_on_x_server.py tests/ui/test_devices_wedge.py)
first=() second=()
for f in tests/ui/test_*.py; do
  case " ${timed_keys[*]} " in *" $f "*) continue ;; esac
  if [[ "$(basename "$f")" < "test_m" ]]; then first+=("$f"); else second+=("$f"); fi
done

# run_group NAME PATHS...: one pytest process; its output goes to $logs/NAME
run_group() {
  local name="$1"
  shift
  local start=$SECONDS
  "$py" -m pytest -p no:cacheprovider -q "${extra[@]}" "$@" >"$logs/$name" 2>&1
  local result=$?
  if [ "$result" -eq 5 ]; then
    echo "pytest collected no tests in: $*" >>"$logs/$name"
    result=1
  fi
  echo "tests: group '$name' ended with $result after $((SECONDS - start)) s" >>"$logs/$name"
  return "$result"
}
extra=("$@")

code=0
report() { # report NAME RESULT
  cat "$logs/$1"
  [ "$2" -ne 0 ] && code=1
  return 0
}

run_group services tests/services tests/persistence &
services=$!
run_group windows-a-l "${first[@]}"
report windows-a-l $?
run_group windows-m-z "${second[@]}"
report windows-m-z $?
run_group the-rest tests --ignore=tests/ui --ignore=tests/services --ignore=tests/persistence
report the-rest $?
wait "$services"
report services $?
run_group timed-keys "${timed_keys[@]}"
report timed-keys $?
exit "$code"
