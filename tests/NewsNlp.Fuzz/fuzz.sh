#!/usr/bin/env bash
# Coverage-guided fuzzing of one NewsNlp harness with SharpFuzz and afl-fuzz (AFL++).
#
#   tests/NewsNlp.Fuzz/fuzz.sh HARNESS SECONDS [DATA]
#
# HARNESS is tokenize, dates, jsonl or pipeline; DATA is the corpora folder (default ../shared/data
# beside the repository). Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz tool
# (dotnet tool restore). Publishes the harness, instruments the assemblies it exercises, writes
# seeds from the corpora, fuzzes for SECONDS and prints execs/s, coverage and crashes. Everything
# goes to artifacts/fuzz/HARNESS/ (findings are replaced on each run); crashing inputs are copied to
# artifacts/fuzz/HARNESS/crashes and replayed, grouped by place, into crashes.txt.
set -euo pipefail

harness=${1:?usage: fuzz.sh tokenize|dates|jsonl|pipeline SECONDS [DATA]}
seconds=${2:?usage: fuzz.sh HARNESS SECONDS [DATA]}
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${3:-$root/../shared/data}
here=$root/tests/NewsNlp.Fuzz
out=$root/artifacts/fuzz/$harness

timeout_ms=10000
# What each harness instruments: the code it is about, so that coverage means progress there.
case $harness in
  tokenize) targets=("NewsNlp.Core.dll NewsNlp.Tokenization NewsNlp.Text NewsNlp.Sentences NewsNlp.Document"); dict=text.dict ;;
  dates)    targets=("NewsNlp.Core.dll NewsNlp.Dates NewsNlp.Temporal"); dict=dates.dict ;;
  jsonl)    targets=("newsnlp.dll NewsNlp.Cli.Commands.ArticleSource" "Newtonsoft.Json.dll"); dict=jsonl.dict ;;
  pipeline) targets=("NewsNlp.Core.dll"); dict=text.dict; timeout_ms=30000 ;;
  *) echo "unknown harness '$harness': tokenize, dates, jsonl or pipeline" >&2; exit 2 ;;
esac
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }

cd "$root"
dotnet tool restore >/dev/null
# Per harness a plain copy (seeds, replay) and an instrumented one (the fuzzer); the lock lets two
# harnesses start side by side.
mkdir -p artifacts/fuzz
(
  flock 9
  nice -n 19 dotnet publish tests/NewsNlp.Fuzz -c Release -o artifacts/fuzz/publish --nologo -v quiet
  rm -rf "$out"
  mkdir -p "$out"
  cp -r artifacts/fuzz/publish "$out/plain"
  cp -r artifacts/fuzz/publish "$out/bin"
) 9>artifacts/fuzz/.publish.lock
for t in "${targets[@]}"; do
  read -r dll prefixes <<<"$t"
  # shellcheck disable=SC2086 # prefixes are separate arguments
  dotnet sharpfuzz "$out/bin/$dll" $prefixes
done

plain=(dotnet "$out/plain/NewsNlp.Fuzz.dll" "$harness")
"${plain[@]}" seeds "$data" "$out/seeds"

export AFL_SKIP_BIN_CHECK=1                       # the target is dotnet, instrumented by SharpFuzz, not by afl-cc
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1       # shared machine: no CPU governor or core pinning
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1    # core dumps may go to a pipe in containers
export AFL_NO_UI=1                                # log lines instead of the status screen
export AFL_MAP_SIZE=65536                         # SharpFuzz's trace map
# -t: generous, because the first input after a (re)start of the .NET child pays for starting the
# runtime and, in the pipeline, loading the models; -m none: the runtime reserves far more address
# space than it uses.
nice -n 19 afl-fuzz -i "$out/seeds" -o "$out/findings" -x "$here/dictionaries/$dict" -t "$timeout_ms" -m none -V "$seconds" \
  -- dotnet "$out/bin/NewsNlp.Fuzz.dll" "$harness" >"$out/afl.log" 2>&1 || { tail -30 "$out/afl.log"; exit 1; }

stats=$out/findings/default/fuzzer_stats
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
mkdir -p "$out/crashes"
find "$out/findings/default/crashes" -name 'id:*' -exec cp {} "$out/crashes/" \;
replay=0
if [ -n "$(ls -A "$out/crashes")" ]; then "${plain[@]}" repro "$out/crashes" >"$out/crashes.txt" 2>&1 || replay=$?; fi
{
  echo "harness:        $harness"
  echo "run time:       $(stat run_time) s"
  echo "execs:          $(stat execs_done) ($(awk -v e="$(stat execs_done)" -v t="$(stat run_time)" 'BEGIN { printf "%.0f", e / (t > 0 ? t : 1) }')/s overall, $(stat execs_ps_last_min)/s last minute)"
  echo "corpus (paths): $(stat corpus_count) ($(stat corpus_found) found)"
  echo "coverage:       $(stat edges_found) of $(stat total_edges) map entries ($(stat bitmap_cvg)), stability $(stat stability)"
  echo "crashes:        $(stat saved_crashes) saved, hangs $(stat saved_hangs)"
  if [ -f "$out/crashes.txt" ]; then head -1 "$out/crashes.txt"; echo "  details: $out/crashes.txt"; fi
} | tee "$out/summary.txt"
exit "$replay"
