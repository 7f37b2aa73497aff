#!/usr/bin/env bash
# Size of the page as a browser downloads it: raw and gzip -9, per file and in all.
#   scripts/build-web && bench/page-size.sh [build/web/site]
set -euo pipefail
site=${1:-"$(dirname "$0")/../build/web/site"}
total_raw=0
total_gz=0
printf '%-22s %10s %10s\n' file raw gzip
for f in "$site"/*; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-22s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-22s %10d %10d\n' total "$total_raw" "$total_gz"
