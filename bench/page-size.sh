#!/usr/bin/env bash
# Size of the page as a browser downloads it: raw and gzip -9, per file and in
# all. Team mode's scripts (team*.js) load only with ?team=, and the learning
# worker (learner-worker.js, spanmark-learner.*) only when the tagger first
# learns: each is counted apart, so the page as it opens keeps its own total.
#   scripts/build-web && bench/page-size.sh [build/web/site]
set -euo pipefail
site=${1:-"$(dirname "$0")/../build/web/site"}
total_raw=0 total_gz=0 team_raw=0 team_gz=0 learner_raw=0 learner_gz=0
printf '%-22s %10s %10s\n' file raw gzip
for f in "$site"/*; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  case "$(basename "$f")" in
    team*.js) team_raw=$((team_raw + raw)); team_gz=$((team_gz + gz)) ;;
    learner-worker.js | spanmark-learner.*) learner_raw=$((learner_raw + raw)); learner_gz=$((learner_gz + gz)) ;;
    *) total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)) ;;
  esac
  printf '%-22s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-22s %10d %10d\n' total "$total_raw" "$total_gz"
printf '%-22s %10d %10d\n' "the learning adds" "$learner_raw" "$learner_gz"
printf '%-22s %10d %10d\n' "team mode adds" "$team_raw" "$team_gz"
printf '%-22s %10d %10d\n' "total in team mode" "$((total_raw + team_raw))" "$((total_gz + team_gz))"
