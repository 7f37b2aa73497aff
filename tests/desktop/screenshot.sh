#!/usr/bin/env bash
# Opens the desktop app under Xvfb, saves what it drew, and checks that the
# window shows the article (many distinct colours: text, not an empty fill).
set -euo pipefail
app=$1
out=$2
mkdir -p "$out"
rm -f "$out/desktop.ppm" "$out/desktop.png"
# Mesa's GL driver keeps allocations past exit; that is not ours to report.
ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$out/desktop.ppm"
test -s "$out/desktop.ppm" || { echo "no screenshot written"; exit 1; }
convert "$out/desktop.ppm" "$out/desktop.png"
colours=$(convert "$out/desktop.png" -format %k info:)
size=$(convert "$out/desktop.png" -format "%wx%h" info:)
echo "desktop screenshot $size with $colours colours: $out/desktop.png"
[ "$size" = "1280x800" ] || { echo "expected 1280x800"; exit 1; }
[ "$colours" -gt 20 ] || { echo "the window looks empty"; exit 1; }

# The Open dialog over a document given on the command line.
rm -f "$out/desktop-open-dialog.ppm"
ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$(dirname "$0")/../data/harbour-note.txt" \
  --open-dialog --screenshot "$out/desktop-open-dialog.ppm"
convert "$out/desktop-open-dialog.ppm" "$out/desktop-open-dialog.png"
dialog_colours=$(convert "$out/desktop-open-dialog.png" -format %k info:)
echo "desktop open dialog with $dialog_colours colours: $out/desktop-open-dialog.png"
[ "$dialog_colours" -gt 20 ] || { echo "the dialog screenshot looks empty"; exit 1; }
cmp -s "$out/desktop.ppm" "$out/desktop-open-dialog.ppm" && { echo "the dialog changed nothing on screen"; exit 1; }
exit 0
