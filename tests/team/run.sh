#!/usr/bin/env bash
# The team server tests (tests/team/*.test.mjs) for ctest: skipped, and
# counted so (exit 77), when the team server is not installed.
#   tests/team/run.sh SPANMARK_CLI REPO
set -uo pipefail
cli=$1 repo=$2
if [ ! -f "$repo/tools/team-server/node_modules/pouchdb-server/package.json" ]; then
  echo "skipped: the team server is not installed (scripts/setup team)"
  exit 77
fi
SPANMARK_CLI=$cli exec node --test --test-concurrency=1 "$repo/tests/team/"
