#!/usr/bin/env bash
# provscore's Slurm job (issue 14) on a real one-node Slurm cluster that this script starts
# on 127.0.0.1, without systemd, in a temporary folder: munged (as the munge user),
# slurmctld and slurmd from Debian's slurm-wlm and munge packages.
#
# It writes five fixture WARC files (two .warc.gz), has `provscore slurm` write the job
# (3 map tasks of 2 files, throttle 2), submits it, cancels map task 1 while it runs, and
# checks with scontrol and sacct that the other tasks COMPLETED, task 1 was CANCELLED and
# the merge was CANCELLED with DependencyNeverSatisfied (kill-on-invalid-dep), and on disk
# that only the finished tasks left outputs. It submits the same job again and checks that
# every task and the merge COMPLETED, that the finished tasks' outputs were left untouched
# (idempotent map), that each task's profiles are the articles of its slice, that all of
# them together are those of one `provscore score` over the five files, and that the merge
# wrote its outputs. On exit it stops only the processes it started.
#
#   tests/slurm/run.sh [PROVSCORE]       (PROVSCORE: default build/cli/provscore)
#
# Exit codes: 0 passed; 1 failed (the cluster's folder and logs are kept); 77 skipped, with
# the reason (no slurm-wlm or munge, or not root).
# KEEP=1 keeps the folder after a pass too.
set -euo pipefail
export PATH=$PATH:/usr/sbin:/sbin
repo=$(cd "$(dirname "$0")/../.." && pwd)
provscore=$(readlink -f "${1:-$repo/build/cli/provscore}")

say() { printf '[slurm %3ds] %s\n' "$SECONDS" "$*"; }
skip() { echo "tests/slurm: SKIPPED: $*"; exit 77; }

for tool in munged mungekey munge unmunge slurmctld slurmd sbatch scontrol sacct squeue scancel sinfo; do
  command -v "$tool" >/dev/null || skip "$tool not found: install slurm-wlm and munge (scripts/install-deps.sh)"
done
command -v setpriv >/dev/null || skip "setpriv (util-linux) not found"
[ "$(id -u)" -eq 0 ] || skip "must run as root (munged runs as the munge user, slurmd as root)"
getent passwd munge >/dev/null || skip "no munge user (is the munge package installed?)"
[ -x "$provscore" ] || { echo "tests/slurm: no provscore binary at $provscore (build it first)" >&2; exit 1; }
# `provscore X --help` exits 0 with the main help when X is unknown: look for X in the command list.
main_help=$("$provscore" --help)
has_command() { grep -qE "^  $1( |\$)" <<<"$main_help"; }
for command in slurm map merge; do
  has_command $command || { echo "tests/slurm: $provscore has no $command command" >&2; exit 1; }
done

# Nothing of a surrounding Slurm job or site configuration may leak in.
while read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(SLURM|SBATCH|SQUEUE|SACCT|SCONTROL|SRUN)_' || true)

T=$(mktemp -d /tmp/provscore-slurm.XXXXXX)
chmod 755 "$T"   # munged's socket folder must be reachable by every user
export SLURM_CONF=$T/slurm.conf
pids=()
cluster_up=0

cleanup() {
  local rc=$?
  set +e
  if [ "$cluster_up" -eq 1 ]; then
    # Only this cluster's jobs exist on this controller: cancel them by id and let them end.
    local jobs
    jobs=$(squeue -h -o %A 2>/dev/null | sort -u)
    [ -n "$jobs" ] && scancel $jobs
    for _ in $(seq 1 30); do [ -z "$(squeue -h -o %A 2>/dev/null)" ] && break; sleep 0.5; done
  fi
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ "$rc" -eq 0 ] && [ -z "${KEEP:-}" ]; then
    rm -rf "$T"
  else
    echo "tests/slurm: cluster folder and logs kept in $T (log/, job/logs/)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "tests/slurm: FAILED: $*" >&2
  for f in "$T"/log/slurmctld.log "$T"/log/slurmd.log; do [ -f "$f" ] && { echo "--- tail $f" >&2; tail -n 15 "$f" >&2; }; done
  exit 1
}

# --- the cluster ---------------------------------------------------------------------------
mkdir -p "$T/munge/key" "$T/state" "$T/spool" "$T/log"
chown munge:munge "$T/munge" "$T/munge/key"
chmod 755 "$T/munge"
chmod 700 "$T/munge/key"
setpriv --reuid=munge --regid=munge --init-groups mungekey --create --keyfile="$T/munge/key/munge.key"
setpriv --reuid=munge --regid=munge --init-groups munged --foreground \
  --key-file="$T/munge/key/munge.key" --socket="$T/munge/munge.sock" --pid-file="$T/munge/munged.pid" \
  --log-file="$T/munge/munged.log" --seed-file="$T/munge/key/munged.seed" >"$T/log/munged.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 40); do [ -S "$T/munge/munge.sock" ] && break; sleep 0.25; done
munge -S "$T/munge/munge.sock" -n | unmunge -S "$T/munge/munge.sock" >/dev/null || fail "munged does not answer"

read -r ctld_port slurmd_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')
host=$(hostname -s)
cpus=$(nproc)
cat > "$SLURM_CONF" <<EOF
# A one-node cluster on loopback for tests/slurm/run.sh; everything lives under $T.
ClusterName=provscore-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/munge.sock
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/log/slurmctld.log
SlurmdLogFile=$T/log/slurmd.log
# No cgroups, no systemd: processes tracked by process group, no task binding.
ProctrackType=proctrack/pgid
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
# No slurmdbd: sacct reads the job completion log instead (sacct --completion).
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=$T/log/jobcomp.txt
# Finished jobs stay visible to scontrol for the whole test.
MinJobAge=3600
ReturnToService=2
NodeName=testnode NodeAddr=127.0.0.1 NodeHostname=$host CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=testnode Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -f "$SLURM_CONF" >"$T/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N testnode >"$T/log/slurmd.out" 2>&1 &
pids+=($!)
cluster_up=1
for _ in $(seq 1 60); do
  state=$(sinfo -h -n testnode -o %T 2>/dev/null || true)
  [ "$state" = "idle" ] && break
  sleep 0.5
done
[ "$state" = "idle" ] || fail "node testnode is '${state:-unreachable}', not idle"
start_time=$(date +%Y-%m-%dT%H:%M:%S)
say "cluster up: slurmctld :$ctld_port, slurmd :$slurmd_port, $cpus CPU(s), munged on $T/munge"

# --- fixtures: five WARC files of two invented articles each (and a request record) ----------
# urls/NAME lists the articles of warcs/NAME. The last article copies the first, on another
# site and in another map task, so that the merge has a copy to find across tasks.
mkdir -p "$T/warcs"
mkdir -p "$T/urls"
python3 - "$T/warcs" "$T/urls" <<'EOF'
import gzip, random, sys, os
out, url_dir = sys.argv[1], sys.argv[2]
rng = random.Random(14)
people = ["Mira Okafor", "Tomas Lindqvist", "Priya Raman", "Jonah Feld", "Aiko Morita", "Lena Varga",
          "Samuel Oduya", "Clara Esposito", "Ivan Petrov", "Nadia Haddad"]
nouns = ["ferry", "library", "bakery", "orchestra", "bridge", "vineyard", "observatory", "tram line", "harbour",
         "museum", "school", "market", "glacier", "canal", "stadium", "theatre", "orchard", "archive", "factory", "clinic"]
verbs = ["reopened", "expanded", "closed", "was repaired", "was sold", "won an award", "raised its prices",
         "hired staff", "changed hours", "was flooded", "celebrated an anniversary", "lost its funding"]
places = ["Northvale", "Kestrel Bay", "Amberfield", "Lowmoor", "Saint Aubin", "Harrowgate", "Redcliff", "Elmstead"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def sentence():
    return (f"The {rng.choice(nouns)} in {rng.choice(places)} {rng.choice(verbs)} on {rng.choice(days)}, "
            f"{rng.choice(people)} told reporters after {rng.randint(2, 90)} residents wrote to the council.")
def record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"
n = 0
first_body = None
for f in range(5):
    name = f"capture-{f}.warc" + (".gz" if f % 2 else "")
    urls = []
    with open(os.path.join(out, name), "wb") as w:
        for a in range(2):
            n += 1
            url = f"https://news.example.org/{f}/story-{n}"
            title = f"Story {n}: " + sentence()[:60]
            body = "".join(f"<p>{sentence()} {sentence()}</p>" for _ in range(5))
            if n == 1:
                first_title, first_body = title, body
            if n == 10:  # another site's copy of story 1, two tasks later: the merge must pair them
                url, title, body = "https://copies.example.net/later/story-1", first_title, first_body
            urls.append(url)
            html = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                    f"<body><article><h1>{title}</h1><p class=\"byline\">By {rng.choice(people)}</p>{body}"
                    f"</article></body></html>").encode()
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + f"Content-Length: {len(html)}\r\n\r\n".encode() + html)
            date = f"2024-05-{f + 1:02d}T0{a}:00:00Z"
            recs = [record([("WARC-Type", "request"), ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{2*n:012d}>"),
                            ("WARC-Target-URI", url), ("WARC-Date", date), ("Content-Type", "application/http;msgtype=request")],
                           f"GET {url.split('/', 3)[3]} HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()),
                    record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-{2*n+1:012d}>"),
                            ("WARC-Target-URI", url), ("WARC-Date", date), ("Content-Type", "application/http;msgtype=response")],
                           http)]
            for r in recs:
                w.write(gzip.compress(r) if name.endswith(".gz") else r)
    with open(os.path.join(url_dir, name), "w") as u:
        u.write("\n".join(urls) + "\n")
EOF
( cd "$T/warcs" && ls capture-*.warc capture-*.warc.gz | sort -t- -k2 -n > "$T/manifest.txt" )
[ "$(wc -l < "$T/manifest.txt")" -eq 5 ] || fail "fixtures: expected 5 WARC files"

# --- the job -------------------------------------------------------------------------------
# The binary the jobs run: provscore (or the stand-in), behind a test device that keeps the
# first attempt of map task 1 busy until the test cancels it.
victim=1
merged_note=""
real=$provscore
cat > "$T/provscore-under-test" <<EOF
#!/bin/bash
# Test device of tests/slurm/run.sh: the first attempt of map task $victim waits to be cancelled.
if [ "\$1" = map ] && [ "\${SLURM_ARRAY_TASK_ID:-}" = $victim ] && mkdir '$T/victim-started' 2>/dev/null; then
  sleep 120
fi
exec '$real' "\$@"
EOF
chmod 755 "$T/provscore-under-test"
( cd "$T/warcs" && "$provscore" slurm "$T/manifest.txt" --out "$T/job" --files-per-task 2 --throttle 2 \
    --partition test --time 10 --provscore "$T/provscore-under-test" ) || fail "provscore slurm"
grep -qx '#SBATCH --array=0-2%2' "$T/job/map.sbatch" || fail "map.sbatch has no '--array=0-2%2'"
tasks=3

submit() {
  local out
  out=$("$T/job/submit.sh") || fail "submit.sh: $out"
  map_job=$(sed -n 's/^map_job=//p' <<<"$out")
  merge_job=$(sed -n 's/^merge_job=//p' <<<"$out")
  [ -n "$map_job" ] && [ -n "$merge_job" ] || fail "submit.sh printed no job ids: $out"
}
wait_for_queue_empty() {
  for _ in $(seq 1 240); do [ -z "$(squeue -h -o %A)" ] && return 0; sleep 0.5; done
  fail "jobs still queued after 120 s: $(squeue)"
}
# "TASK:STATE" per element of the array, from scontrol.
array_states() {
  scontrol -o show job "$1" | sed -n 's/.*ArrayTaskId=\([0-9]*\) .*JobState=\([A-Z_]*\) .*/\1:\2/p' | sort -n | tr '\n' ' '
}
job_field() { scontrol -o show job "$1" | grep -o " $2=[^ ]*" | cut -d= -f2-; }
# "NAME:STATE" counts from the job completion log, as sacct reads it.
sacct_counts() {
  sacct --completion -n -P -S "$start_time" --format=JobName,State 2>/dev/null | tr '|' ':' | sort | uniq -c | awk '{print $2":"$1}' | tr '\n' ' '
}
stamp() { stat -c '%n %i %y' "$@"; }

# --- run 1: task 1 cancelled mid-run ---------------------------------------------------------
run1_start=$SECONDS
submit
say "run 1: map array $map_job, merge $merge_job"
for _ in $(seq 1 120); do
  [ -d "$T/victim-started" ] && [ "$(array_states "$map_job" | grep -o "$victim:[A-Z]*")" = "$victim:RUNNING" ] && break
  sleep 0.25
done
[ -d "$T/victim-started" ] || fail "map task $victim never started: $(array_states "$map_job")"
scancel "${map_job}_${victim}"
say "run 1: cancelled map task ${map_job}_${victim} while RUNNING"
wait_for_queue_empty
states=$(array_states "$map_job")
[ "$states" = "0:COMPLETED 1:CANCELLED 2:COMPLETED " ] || fail "run 1 map states (scontrol): $states"
[ "$(job_field "$merge_job" JobState)" = CANCELLED ] || fail "run 1 merge: $(job_field "$merge_job" JobState), not CANCELLED"
[ "$(job_field "$merge_job" Reason)" = DependencyNeverSatisfied ] || fail "run 1 merge reason: $(job_field "$merge_job" Reason)"
for _ in $(seq 1 20); do [ "$(sacct_counts)" = "provscore-map:CANCELLED:1 provscore-map:COMPLETED:2 provscore-merge:CANCELLED:1 " ] && break; sleep 0.5; done
counts=$(sacct_counts)
[ "$counts" = "provscore-map:CANCELLED:1 provscore-map:COMPLETED:2 provscore-merge:CANCELLED:1 " ] || fail "run 1 sacct: $counts"
for k in 0 2; do
  for f in profiles signatures; do [ -s "$T/job/map/$f-$k.jsonl" ] || fail "run 1: task $k left no $f-$k.jsonl"; done
done
ls "$T/job/map/" | grep -q -- "-$victim\.jsonl" && fail "run 1: the cancelled task left outputs: $(ls "$T/job/map")"
[ -e "$T/job/merged/report.json" ] && fail "run 1: the merge ran although a map task was cancelled"
before=$(stamp "$T"/job/map/*-0.jsonl "$T"/job/map/*-2.jsonl)
say "run 1 ($((SECONDS - run1_start)) s): scontrol: map $states; merge CANCELLED (DependencyNeverSatisfied); sacct: $counts"

# --- run 2: the same job submitted again ---------------------------------------------------
run2_start=$SECONDS
submit
say "run 2: map array $map_job, merge $merge_job"
wait_for_queue_empty
run2_seconds=$((SECONDS - run2_start))
states=$(array_states "$map_job")
[ "$states" = "0:COMPLETED 1:COMPLETED 2:COMPLETED " ] || fail "run 2 map states (scontrol): $states"
[ "$(job_field "$merge_job" JobState)" = COMPLETED ] || fail "run 2 merge: $(job_field "$merge_job" JobState) (see $T/job/logs)"
[ "$(job_field "$merge_job" ExitCode)" = 0:0 ] || fail "run 2 merge exit code $(job_field "$merge_job" ExitCode)"
want="provscore-map:CANCELLED:1 provscore-map:COMPLETED:5 provscore-merge:CANCELLED:1 provscore-merge:COMPLETED:1 "
for _ in $(seq 1 20); do [ "$(sacct_counts)" = "$want" ] && break; sleep 0.5; done
counts=$(sacct_counts)
[ "$counts" = "$want" ] || fail "run 2 sacct: $counts"
after=$(stamp "$T"/job/map/*-0.jsonl "$T"/job/map/*-2.jsonl)
[ "$before" = "$after" ] || fail "run 2 rewrote outputs of tasks that had finished:\n$before\n$after"

# Each task's profiles are the articles of its slice of the manifest; all of them together
# are the articles of one `provscore score` over every file.
"$provscore" score "$T"/warcs/capture-* --out "$T/single" -q || [ $? -eq 1 ] || fail "provscore score over all files"
python3 - "$T" "$tasks" <<'EOF' || fail "outputs (above)"
import json, os, sys
T, tasks = sys.argv[1], int(sys.argv[2])
manifest = open(os.path.join(T, "manifest.txt")).read().split()
def profiles(path):
    return [json.loads(line) for line in open(path)]
problems, ids = [], []
for k in range(tasks):
    slice_urls = sorted(u for f in manifest[2 * k:2 * k + 2] for u in open(os.path.join(T, "urls", f)).read().split())
    got = profiles(os.path.join(T, "job", "map", f"profiles-{k}.jsonl"))
    urls = sorted(p["input"]["url"] for p in got)
    if urls != slice_urls:
        problems.append(f"task {k}: profiles of {urls}, expected {slice_urls}")
    sig_ids = sorted(json.loads(line)["id"] for line in open(os.path.join(T, "job", "map", f"signatures-{k}.jsonl")))
    if sig_ids != sorted(p["id"] for p in got):
        problems.append(f"task {k}: signature ids differ from profile ids")
    ids += [p["id"] for p in got]
single = sorted(p["id"] for p in profiles(os.path.join(T, "single", "profiles.jsonl")))
if sorted(ids) != single or len(single) != 10:
    problems.append(f"map profile ids {sorted(ids)} != one score run's {single}")
for name in ("cross_article.jsonl", "report.json"):
    if not os.path.exists(os.path.join(T, "job", "merged", name)):
        problems.append(f"merged/{name} missing")
json.load(open(os.path.join(T, "job", "merged", "report.json")))
for line in open(os.path.join(T, "job", "merged", "cross_article.jsonl")):
    json.loads(line)
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
# The real merge also writes the batch's profiles: the same lines as one `provscore score`.
cmp -s <(sort "$T/job/merged/profiles.jsonl") <(sort "$T/single/profiles.jsonl") \
  || fail "merged/profiles.jsonl differs from one provscore score over the same files (after sorting)"
[ -s "$T/job/merged/cross_article.jsonl" ] || fail "merged/cross_article.jsonl is empty: the copy across tasks was missed"
merged_note="; merged/profiles.jsonl = one score run's, after sorting; cross_article.jsonl has $(wc -l < "$T/job/merged/cross_article.jsonl") line(s)"
say "run 2 (${run2_seconds} s, 3 map tasks of which 2 had nothing to do, and the merge): scontrol: map $states; merge COMPLETED 0:0; sacct: $counts"
say "outputs: finished tasks' files untouched; each task's profiles are the articles of its slice (2, 2, 1 files); 10 ids = one score run's; merged/ written${merged_note:-}"

# --- a measure, not a check: Slurm's own cost per array task on this cluster ----------------
overhead_start=$SECONDS
sbatch --parsable --array=0-19 --job-name=empty --output=/dev/null --wrap true >/dev/null || fail "sbatch of empty tasks"
wait_for_queue_empty
say "overhead: 20 empty array tasks took $((SECONDS - overhead_start)) s from submission to the last one's end on $cpus CPU(s)"
say "PASSED"
