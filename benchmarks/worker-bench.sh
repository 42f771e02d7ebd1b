#!/usr/bin/env bash
# Scale-out benchmark: the in-process batch API on one thread, one worker process and two worker
# processes (one thread each) on a scratch nats-server (JetStream, file storage in a temp folder).
# Prints the two-worker / one-worker throughput ratio and a worker's per-article overhead over
# the batch API. Usage: benchmarks/worker-bench.sh [ARTICLES (600)] [extra worker-bench options]
# With DATA set to the corpora folder, the articles come from its BBC News text (else the bundled sample).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-600}; shift || true
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || { echo "nats-server not found (apt-get install nats-server)" >&2; exit 1; }
server=$(command -v nats-server || echo /usr/sbin/nats-server)
dotnet build src/NewsNlp.Cli -c Release -v q -nologo >/dev/null
store=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
"$server" -js -a 127.0.0.1 -p "$port" -sd "$store" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$store"' EXIT
sleep 1
src/NewsNlp.Cli/bin/Release/net10.0/newsnlp worker-bench --nats "nats://127.0.0.1:$port" --articles "$articles" ${DATA:+--data "$DATA"} "$@"
