#!/usr/bin/env bash
# Ways work was lost on the desktop, each driven by keys under Xvfb:
#  1. open A, annotate, open B (Ctrl+O, type the name, Enter): B shows none of
#     A's spans (its save holds none) and A's work is still in A's draft; a
#     document in a folder with a dot saves beside itself;
#  2. an export goes where the person types, and never over the open document;
#  3. a folder where the draft cannot be written: a warning at once, on screen
#     and on stderr, and the work is still saved by Ctrl+S elsewhere.
set -uo pipefail
app=$1
cli=$2
shots=${3:-}
work=$(mktemp -d)
trap 'umount "$work/ro" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf 'The harbour master said the quay would reopen on Friday.\n' > "$work/a.txt"
printf 'Dunmore mill closed after ninety years, its owners said.\n' > "$work/b.txt"

# drive FILE KEYS...: starts the app on FILE and presses each group of keys, a pause between;
# "wait:PATH" waits (up to 60 s) until PATH exists, so a loaded machine's slow frame never
# ends the app before it has written what the keys asked for.
drive() {
  local file=$1; shift
  ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    file=$1; shots=$2; shift 2
    "$APP" "$file" 2>>"$LOG" & pid=$!
    window=$(xdotool search --sync --name "^spanmark$" | head -1)
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    sleep 0.6
    for group in "$@"; do
      case "$group" in
        type:*) xdotool type --delay 40 "${group#type:}" ;;
        shot:*) [ -n "$shots" ] && import -window root "$shots/${group#shot:}" ;;
        wait:*) for _ in $(seq 600); do [ -s "${group#wait:}" ] && break; sleep 0.1; done ;;
        *) xdotool key --delay 80 $group ;;
      esac
      sleep 0.6
    done
    kill $pid; wait $pid 2>/dev/null
    exit 0' drive "$file" "$shots" "$@"
}
export APP=$app LOG=$work/stderr.log

# 1. A, then B.
drive "$work/a.txt" "shift+Right shift+Right shift+Right 1" "ctrl+o" "type:b.txt" "Return" "ctrl+s" "wait:$work/b.json"
[ -s "$work/b.json" ] || fail "Ctrl+S after opening B wrote no b.json: $(ls -a "$work"; cat "$work/stderr.log")"
"$cli" validate "$work/b.json" || fail "b.json does not validate"
grep -q '"spans": \[\]' "$work/b.json" || fail "B was saved with spans it never had: $(cat "$work/b.json")"
grep -q 'Dunmore mill' "$work/b.json" || fail "b.json does not hold B's text"
ls "$work"/a.txt.draft-* >/dev/null 2>&1 || fail "A's work is not in a draft beside A"
grep -q '"op":"addSpan"' "$work"/a.txt.draft-* || fail "A's draft lacks its span"
ls "$work"/b.txt.draft-* >/dev/null 2>&1 && fail "B has a draft though nothing changed in it"

# 1b. A document with no extension in a folder with a dot: Ctrl+S writes FILE.json beside it
#     (an extension swap once cut at the folder's dot: /a/my.dir/article -> /a/my.json).
mkdir "$work/my.dir"
printf 'The ferry to Alvor sails at noon.\n' > "$work/my.dir/article"
drive "$work/my.dir/article" "shift+Right shift+Right shift+Right 1" "ctrl+s" "wait:$work/my.dir/article.json"
[ -s "$work/my.dir/article.json" ] || fail "Ctrl+S did not write my.dir/article.json: $(ls -a "$work" "$work/my.dir")"
[ -e "$work/my.json" ] && fail "the save was cut at the folder's dot"
grep -q 'The ferry to Alvor' "$work/my.dir/article" || fail "the document itself was changed"

# 2. Export to a typed name; an export over the open document is refused.
"$cli" convert "$work/a.txt" --to spanmark -o "$work/doc.json" >/dev/null || fail "cannot make doc.json"
before=$(sha256sum < "$work/doc.json")
drive "$work/doc.json" "shift+Right shift+Right shift+Right 1" "ctrl+e" "2" "ctrl+a" "type:doc.json" "Return" \
      "ctrl+e" "2" "ctrl+a" "type:exported.json" "Return" "wait:$work/exported.json"
[ "$(sha256sum < "$work/doc.json")" = "$before" ] || fail "the export wrote over the open document"
grep -q "not exported: that is the open document" "$work/stderr.log" || fail "no word that the export was refused: $(cat "$work/stderr.log")"
[ -s "$work/exported.json" ] || fail "the export was not written where typed: $(ls -a "$work")"
grep -q '"ACTOR"' "$work/exported.json" || fail "the export lacks the span"

# 3. A read-only folder (a tmpfs mounted read-only in a mount namespace of its own;
#    as root, permission bits alone would not stop a write).
mkdir "$work/ro"
cp "$work/a.txt" "$work/ro/a.txt"
if mount -t tmpfs tmpfs "$work/ro" 2>/dev/null; then
  cp "$work/a.txt" "$work/ro/a.txt" && mount -o remount,ro "$work/ro" || fail "cannot make the folder read-only"
  how="a read-only mount"
else
  chmod 555 "$work/ro"; how="a folder without write permission"
  [ "$(id -u)" = 0 ] && { echo "SKIP part 3: as root without mount, no folder is read-only"; exit 77; }
fi
: > "$work/stderr.log"
drive "$work/ro/a.txt" "shift+Right shift+Right shift+Right 1" "shot:desktop-readonly-warning.png"
grep -q "Autosave failed: the draft could not be written" "$work/stderr.log" ||
  fail "no warning in $how: $(cat "$work/stderr.log")"
echo "desktop drafts: ok"
