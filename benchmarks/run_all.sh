#!/usr/bin/env bash
# Runs every benchmark in turn and leaves their JSON/text output in benchmarks/out/. Each folder's README says
# what it measures and holds the last figures; update them by hand after a run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
mkdir -p benchmarks/out
echo "== ack path";    $PY benchmarks/ack/run.py --requests 2000 --threads 2 | tee benchmarks/out/ack.json
echo "== redaction";   $PY benchmarks/redaction/evaluate.py | tee benchmarks/out/redaction.txt
echo "== latency";     $PY benchmarks/redaction/latency.py | tee benchmarks/out/redaction-latency.txt
echo "== routing";     $PY -m benchmarks.routing.run | tee benchmarks/out/routing.txt
echo "== routing (blind dev)"; $PY -m benchmarks.routing_blind.evaluate_blind --split dev | tee benchmarks/out/routing-blind-dev.txt
echo "== cold start";  $PY benchmarks/aws/cold_start.py | tee benchmarks/out/cold-start.txt
echo "== fairness";    /usr/bin/time -v $PY -m plugin fairness-audit --tickets plugin/fairness/samples/tickets.jsonl \
                         --out benchmarks/out/fairness.html 2>&1 | tail -25 | tee benchmarks/out/fairness.txt || true
