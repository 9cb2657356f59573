#!/usr/bin/env bash
# Archiving throughput, provscore fetch against wget --warc-file, side by side in one run.
#
# 1,000 article pages of 50-150 KB (bench/make_pages.py, seeded) are served by nginx on
# 127.0.0.1 under 50 host names (h00.bench.test ... h49.bench.test, 20 pages each).
# Neither client touches DNS or /etc/hosts: provscore gets one --resolve per host, and
# wget reaches the same URLs through nginx acting as an HTTP proxy that serves every Host
# itself (wget sends "GET http://h07.bench.test:PORT/p00123.html"), so both send the same
# URL list and both write gzip-compressed WARC (wget also writes its CDX index, as we
# write CDXJ and the state database). Each client has its own nginx server block and
# access log; from ours the script checks that no host ever had more requests in flight
# than --per-host allows.
#
#   bash bench/fetch_bench.sh [path/to/provscore]     # make bench-fetch
# Environment: PAGES (1000), HOSTS (50), CONCURRENCY (8), PER_HOST (1), KEEP=1 keeps the
# temporary folder.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
provscore="${1:-$repo/build/cli/provscore}"
PAGES="${PAGES:-1000}"
HOSTS="${HOSTS:-50}"
CONCURRENCY="${CONCURRENCY:-8}"
PER_HOST="${PER_HOST:-1}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

for tool in "$provscore" "$NGINX" wget python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "fetch_bench: $tool not found (make build; scripts/install-deps.sh installs nginx-light and wget)" >&2
    exit 2
  fi
done

work="$(mktemp -d /tmp/provscore-bench.XXXXXX)"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

echo "fetch_bench: generating $PAGES pages ..."
payload_bytes="$(python3 "$repo/bench/make_pages.py" "$work/site" "$PAGES" 7)"
chmod -R a+rX "$work/site"
port_ours="$(free_port)"
port_wget="$(free_port)"
while [ "$port_wget" = "$port_ours" ]; do port_wget="$(free_port)"; done

# $msec is when the request ended, $request_time how long it took: together, its interval.
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  log_format timing '\$host \$msec \$request_time \$status \$body_bytes_sent';
  client_body_temp_path $work/tmp-body;
  proxy_temp_path $work/tmp-proxy;
  fastcgi_temp_path $work/tmp-fastcgi;
  uwsgi_temp_path $work/tmp-uwsgi;
  scgi_temp_path $work/tmp-scgi;
  types { text/html html; }
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$port_ours default_server;
    server_name _;
    root $work/site;
    access_log $work/access-ours.log timing;
  }
  server {
    listen 127.0.0.1:$port_wget default_server;
    server_name _;
    root $work/site;
    access_log $work/access-wget.log timing;
  }
}
CONF
"$NGINX" -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log"
for _ in $(seq 50); do [ -s "$work/nginx.pid" ] && break; sleep 0.1; done
nginx_pid="$(cat "$work/nginx.pid")"

# The same URL list for both clients (each on its own port, so each has its own log).
python3 - "$PAGES" "$HOSTS" "$port_ours" "$port_wget" "$work" <<'PY'
import sys
pages, hosts, p_ours, p_wget, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
with open(f"{work}/urls-ours.txt", "w") as ours, open(f"{work}/urls-wget.txt", "w") as wget, \
     open(f"{work}/resolve.txt", "w") as res:
    for i in range(pages):
        h = f"h{i % hosts:02d}.bench.test"
        ours.write(f"http://{h}:{p_ours}/p{i:05d}.html\n")
        wget.write(f"http://{h}:{p_wget}/p{i:05d}.html\n")
    for h in range(hosts):
        res.write(f"--resolve=h{h:02d}.bench.test:{p_ours}:127.0.0.1\n")
PY
mapfile -t resolve < "$work/resolve.txt"

now() { date +%s.%N; }

echo "fetch_bench: wget --warc-file (gzip) ..."
mkdir -p "$work/wget"
t0="$(now)"
(cd "$work/wget" && wget --no-config -q -e robots=off -e use_proxy=yes -e "http_proxy=127.0.0.1:$port_wget" \
   --tries=1 --timeout=30 --warc-file=wget --warc-cdx -i "$work/urls-wget.txt" -O /dev/null) || true
t1="$(now)"

echo "fetch_bench: provscore fetch (-j $CONCURRENCY, --per-host $PER_HOST) ..."
t2="$(now)"
"$provscore" fetch -i "$work/urls-ours.txt" --archive "$work/ours" -j "$CONCURRENCY" --per-host "$PER_HOST" \
  --delay 0 --progress none -q --user-agent "provscore-bench/1.0 (+mailto:bench@example.org)" "${resolve[@]}" \
  > "$work/ours.out" || { echo "provscore fetch failed:"; cat "$work/ours.out"; exit 1; }
t3="$(now)"

python3 - "$work" "$PAGES" "$payload_bytes" "$t0" "$t1" "$t2" "$t3" "$PER_HOST" <<'PY'
import glob, gzip, os, sys
work, pages, payload = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t0, t1, t2, t3 = map(float, sys.argv[4:8])
per_host = int(sys.argv[8])

def responses(pattern):
    n = 0
    for path in glob.glob(pattern):
        with gzip.open(path, "rb") as f:
            for line in f:
                if line.startswith(b"WARC-Type: response"):
                    n += 1
    return n

def archive_bytes(pattern):
    return sum(os.path.getsize(p) for p in glob.glob(pattern))

def max_in_flight(log):
    # Most requests to one host in flight at once. A request ending at the instant (in
    # nginx's millisecond clock) another starts is not counted as overlapping it.
    spans = {}
    ok = 0
    for line in open(log):
        host, end, took, status, _ = line.split()
        end, took = float(end), float(took)
        spans.setdefault(host, []).append((end - took, end))
        ok += status == "200"
    worst = 0
    for reqs in spans.values():
        ends = []
        for start, end in sorted(reqs):
            ends = [e for e in ends if e > start]
            ends.append(end)
            worst = max(worst, len(ends))
    return worst, ok, len(spans)

wget_s, ours_s = t1 - t0, t3 - t2
wget_n, ours_n = responses(f"{work}/wget/*.warc.gz"), responses(f"{work}/ours/*.warc.gz")
mb = payload / 1e6
print()
print(f"{pages} pages, {mb:.1f} MB of HTML, {len(set(l.split()[0] for l in open(work + '/access-ours.log')))} hosts, nginx on 127.0.0.1")
print(f"{'':10} {'seconds':>8} {'pages/s':>9} {'MB/s':>7} {'responses':>10} {'WARC MB':>8}")
for name, s, n, pat in (("wget", wget_s, wget_n, "wget/*.warc.gz"), ("provscore", ours_s, ours_n, "ours/*.warc.gz")):
    print(f"{name:10} {s:8.2f} {pages / s:9.1f} {mb / s:7.1f} {n:10d} {archive_bytes(work + '/' + pat) / 1e6:8.1f}")
ratio = wget_s / ours_s
print(f"ratio (provscore / wget pages/s): {ratio:.2f}x")
worst, ok, hosts = max_in_flight(f"{work}/access-ours.log")
print(f"provscore: at most {worst} request(s) in flight per host (limit {per_host}), {ok} pages served with 200")
failed = []
if ours_n < pages: failed.append(f"provscore archived {ours_n} of {pages} responses")
if wget_n < pages: failed.append(f"wget archived {wget_n} of {pages} responses")
if worst > per_host: failed.append(f"per-host limit exceeded: {worst} > {per_host}")
for f in failed: print("FAIL:", f)
sys.exit(1 if failed else 0)
PY
