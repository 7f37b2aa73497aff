#!/usr/bin/env bash
# Runs every case in tests/data/hostile/ (see its README): the CLI in a fresh
# temporary folder holding the case's inputs, then the exact exit status and
# messages, and a check that no file was left, changed or lost beyond what the
# case says it creates.
#   tests/cli/hostile.sh CLI CASES-FOLDER [CASE...]
# With no CASE, every case but the root- ones (a full disk on a small tmpfs, a
# device node), which need root and run as their own test: CASE may be a glob, e.g. 'root-*'.
set -uo pipefail
cli=$(realpath "$1")
cases=$(realpath "$2")
shift 2
work=$(mktemp -d)
trap 'cleanup; rm -rf "$work"' EXIT
cleanup() { for m in "$work"/*/disk; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done; true; }
failed=0 passed=0 skipped=0
fingerprint() {  # every name with its type, mode and contents' hash, links as links
  (cd "$1" && find . -mindepth 1 ! -path './disk/*' -printf '%p %y %m %l\n' | sort | while read -r p y m l; do
    if [ "$y" = f ]; then echo "$p $y $m $(sha256sum < "$p" | cut -c1-16)"; else echo "$p $y $m $l"; fi
  done)
}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=($(cd "$cases" && ls -d */ | tr -d / | grep -v '^root-'))
else
  names=($(cd "$cases" && for pattern in "${names[@]}"; do ls -d $pattern; done))
fi
for name in "${names[@]}"; do
  src=$cases/$name
  dir=$work/$name
  mkdir -p "$dir"
  find "$src" -maxdepth 1 -type f ! -name run ! -name status ! -name stderr ! -name stdout ! -name creates \
    ! -name setup ! -name generate ! -name check ! -name stdout-to -exec cp {} "$dir/" \;
  if [ -f "$src/generate" ]; then
    while read -r kind file; do node "$cases/generate.mjs" "$kind" > "$dir/$file"; done < "$src/generate"
  fi
  if [ -f "$src/setup" ]; then
    reason=$(cd "$dir" && bash "$src/setup" 2>&1); code=$?
    if [ $code -eq 77 ]; then echo "SKIP $name: $reason"; skipped=$((skipped + 1)); continue; fi
    [ $code -eq 0 ] || { echo "FAIL $name: setup failed: $reason"; failed=$((failed + 1)); continue; }
  fi
  before=$(fingerprint "$dir")
  read -r -a args < "$src/run"
  out=$work/$name.out
  [ -f "$src/stdout-to" ] && out=$dir/$(cat "$src/stdout-to")  # e.g. a file on a full disk
  (cd "$dir" && ASAN_OPTIONS=detect_leaks=1 "$cli" "${args[@]}" > "$out" 2> "$work/$name.err" < /dev/null)
  status=$?
  if [ -n "${HOSTILE_CAPTURE:-}" ]; then  # writing a new case: keep what the CLI said, to be read and judged
    cp "$work/$name.err" "$src/stderr"; [ -f "$src/status" ] || echo $status > "$src/status"
  fi
  problems=()
  [ "$status" = "$(cat "$src/status")" ] || problems+=("exit $status, expected $(cat "$src/status")")
  diff -u "$src/stderr" "$work/$name.err" > "$work/$name.diff" || problems+=("stderr differs:
$(cat "$work/$name.diff")")
  if [ -f "$src/stdout" ]; then
    diff -u "$src/stdout" "$work/$name.out" > "$work/$name.diff" || problems+=("stdout differs:
$(cat "$work/$name.diff")")
  fi
  if [ -f "$src/check" ]; then
    why=$(cd "$dir" && bash "$src/check" 2>&1) || problems+=("check: $why")
  fi
  after=$(fingerprint "$dir")
  expected_after=$before
  if [ -f "$src/creates" ]; then
    # What the case creates (or writes through a link) is taken as it is now; everything else as it was.
    expected_after=$( (grep -v -F -f <(sed 's|^|./|; s|$| |' "$src/creates") <<<"$before"
                       while read -r made; do grep -F "./$made " <<<"$after"; done < "$src/creates") | sort -u)
    after=$(echo "$after" | sort -u)
  fi
  [ "$after" = "$expected_after" ] || problems+=("files left, changed or lost:
$(diff <(echo "$expected_after") <(echo "$after"))")
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: spanmark ${args[*]}"
    printf '  %s\n' "${problems[@]}"
  fi
done
echo "hostile cases: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] || exit 1
[ $skipped -gt 0 ] && exit 77  # ctest's skip, seen in its summary: this machine cannot make some target
exit 0
