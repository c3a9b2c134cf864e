#!/usr/bin/env bash
# The test command: sets up everything on a fresh machine (restore, npm ci, build), checks every
# state machine with asl-validator, runs every test project, and prints, alone on the last line,
# "N passed, N failed" (", N skipped" when some were), counted from the TRX result files.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
results="$root/TestResults"
rm -rf "$results"

echo "== restore"
dotnet restore Orchestrator.sln --verbosity quiet
npm ci --no-audit --no-fund --loglevel=error

echo "== build"
dotnet build Orchestrator.sln --no-restore --nologo --verbosity quiet -warnaserror

echo "== asl-validator"
shopt -s nullglob
asl_failed=0
for f in statemachines/*.asl.json; do
  # --no-arn-check: Resource ARNs are ${…} placeholders that SAM substitutes at deploy time; the
  # project's own tests check every placeholder has a substitution.
  if ! node_modules/.bin/asl-validator --no-arn-check --json-path "$f" >/dev/null; then
    node_modules/.bin/asl-validator --no-arn-check --json-path "$f" || true
    asl_failed=$((asl_failed + 1))
  fi
done
echo "asl-validator: $asl_failed invalid"

echo "== tests"
status=0
dotnet test Orchestrator.sln --no-build --nologo --verbosity quiet \
  --logger "trx" --results-directory "$results" || status=$?

read -r total passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' |
  awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
       END { printf "%d %d %d %d\n", c["total"], c["passed"], c["failed"], c["total"] - c["executed"] }')
failed=$((failed + asl_failed))
if [ "$total" -eq 0 ]; then
  echo "no test results found in $results" >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then status=1; fi
line="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then line="$line, $skipped skipped"; fi
echo "$line"
exit "$status"
