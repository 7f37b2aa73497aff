# Sourced by the full-disk cases' setup: a 64 KB tmpfs at disk/, filled to the last byte.
# Mounting needs root; without it the case is skipped (exit 77), and says why.
mkdir -p disk
mount -t tmpfs -o size=64k tmpfs disk 2>/dev/null || { echo "cannot mount a small tmpfs here (not root?)"; exit 77; }
fill() { head -c 1M /dev/zero > disk/fill 2>/dev/null; true; }
