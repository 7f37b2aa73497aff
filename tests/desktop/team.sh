#!/usr/bin/env bash
# The desktop app in team mode against a real team server (tools/team-server
# on 127.0.0.1, a port of its own, stopped at the end), driven by key presses
# under Xvfb: anna's queue opens from the server, a span labelled and Ctrl+S
# is on the server; a layer changed on the server meanwhile is merged, both
# spans kept; with the server down, Ctrl+S keeps the work on this device, and
# the next start, with the server back, sends it. Skipped (77) without the server.
#   tests/desktop/team.sh DESKTOP CLI REPO [SCREENSHOTS]
set -uo pipefail
app=$1 cli=$2 repo=$3 shots=${4:-}
server_js=$repo/tools/team-server/server.cjs
if [ ! -f "$repo/tools/team-server/node_modules/pouchdb-server/package.json" ]; then
  echo "skipped: the team server is not installed (scripts/setup team)"; exit 77
fi
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$work/app.log" ] && tail -20 "$work/app.log"; exit 1; }

start_server() {  # $1: port (0: a free one); sets url and server_pid
  : > "$work/server.log"
  node "$server_js" --port "$1" --data "$work/data" > "$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 600); do
    url=$(grep -Eo '^http://admin:[^ ]+@127\.0\.0\.1:[0-9]+/$' "$work/server.log" | tail -1)
    [ -n "$url" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$work/server.log"; fail "the team server did not start"
}
start_server 0
port=${url##*:}; port=${port%/}
anna="http://anna:pw-anna@127.0.0.1:$port/"
printf 'anna:pw-anna:annotator\n' > "$work/users.txt"
{
  echo '{"format": "spanmark", "version": 1, "document": {"id": "news-1", "text": "Ana Lobo said the ferries would wait for the tide."}}'
  echo '{"format": "spanmark", "version": 1, "document": {"id": "news-2", "text": "Rui Costa said the work starts in March."}}'
} > "$work/corpus.jsonl"
"$cli" team init "$url" "$work/corpus.jsonl" --users "$work/users.txt" --overlap 1 > "$work/init.log" 2>&1 || { cat "$work/init.log"; fail "team init"; }

layer() { curl -s -u anna:pw-anna "http://127.0.0.1:$port/spanmark-layer-anna/doc%3A$1"; }
spans_of() { layer "$1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const l=JSON.parse(s);console.log((l.spans||[]).map(x=>`${x.start}-${x.end} ${x.label}`).join(", "))})'; }
wait_for() {  # $1: document, $2: the spans expected on the server
  for _ in $(seq 100); do [ "$(spans_of "$1")" = "$2" ] && return 0; sleep 0.1; done
  fail "$1 on the server: '$(spans_of "$1")', expected '$2'"
}

# Runs the app until the script in $1 (xdotool keys, with waits) is done.
drive() {
  ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" --team "$1" --team-cache "$2/cache" >>"$2/app.log" 2>&1 & pid=$!
    window=$(xdotool search --sync --name "^spanmark" | head -1)
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    sleep 0.8
    eval "$3"
    kill $pid; wait $pid 2>/dev/null
    exit 0' "$app" "$anna" "$work" "$1"
}

# 1. The queue from the server; a span labelled and sent.
drive 'xdotool key --delay 80 shift+Right shift+Right shift+Right 1 ctrl+s
       for i in $(seq 100); do curl -s -u anna:pw-anna "http://127.0.0.1:'"$port"'/spanmark-layer-anna/doc%3Anews-1" | grep -q ACTOR && break; sleep 0.1; done
       xdotool getwindowname "$window" > "$2/title-1"
       [ -n "'"$shots"'" ] && import -window root "$2/team-desktop.png"
       # Meanwhile another device adds a PLACE to news-2; this one, not knowing, labels its first word.
       node -e "
         const h={authorization:\"Basic \"+Buffer.from(\"anna:pw-anna\").toString(\"base64\"),\"content-type\":\"application/json\"};
         const u=\"http://127.0.0.1:'"$port"'/spanmark-layer-anna/doc%3Anews-2\";
         fetch(u,{headers:h}).then(r=>r.json()).then(l=>{l.spans=[{id:\"s1\",start:31,end:33,label:\"PLACE\",text:\"in\"}];l.status=\"started\";
           return fetch(u,{method:\"PUT\",headers:h,body:JSON.stringify(l)})}).then(r=>process.exit(r.status===201?0:1))" || echo "the other device could not write" >> "$2/app.log"
       xdotool key --delay 80 alt+Right
       sleep 0.3
       xdotool key --delay 80 shift+Right shift+Right shift+Right 2 ctrl+s
       sleep 1.5'
wait_for news-1 "0-3 ACTOR"
grep -q "team anna at 127.0.0.1:$port · synced" "$work/title-1" || fail "the window title does not say synced: $(cat "$work/title-1")"
wait_for news-2 "0-3 PLACE, 31-33 PLACE"
node -e "const q=require('fs').readFileSync('$work/cache/queue.jsonl','utf8').trim().split('\n').map(JSON.parse);
  const n2=q.find(d=>d.document.id==='news-2@anna'); if(!n2||n2.spans.length!==2) process.exit(1)" ||
  fail "the merged layer is not what this device shows: $(cat "$work/cache/queue.jsonl")"

# 2. The server down: Ctrl+S keeps the work here and says so; the next start sends it.
kill "$server_pid"; wait "$server_pid" 2>/dev/null; server_pid=
drive 'xdotool key --delay 80 shift+Right shift+Right shift+Right 3 ctrl+s
       sleep 1.5
       xdotool getwindowname "$window" > "$2/title-2"'
grep -q "3-.*FIGURE\|FIGURE" "$work/cache/queue.jsonl" || fail "the work done offline is not kept on this device: $(cat "$work/cache/queue.jsonl")"
grep -q "offline\|waiting" "$work/title-2" || fail "the title does not say offline: $(cat "$work/title-2")"
start_server "$port"
drive 'sleep 2; xdotool getwindowname "$window" > "$2/title-3"'
wait_for news-1 "0-3 ACTOR, 0-3 FIGURE"
grep -q "synced" "$work/title-3" || fail "after the restart the title does not say synced: $(cat "$work/title-3")"
"$cli" team export "$url" -o "$work/export.jsonl" > /dev/null 2>&1 || fail "team export"
"$cli" validate "$work/export.jsonl" || fail "the export does not validate"
[ -n "$shots" ] && [ -f "$work/team-desktop.png" ] && mkdir -p "$shots" && cp "$work/team-desktop.png" "$shots/"
echo "desktop team mode: ok"
