#!/usr/bin/env bash
# Language analysis throughput: tokens/s for pos+lemma, then pos+lemma+ner, and peak memory (RSS), on a corpus
# made by ../shared/bench/make-corpus.py. Usage: bench/annotate-bench.sh CORPUS_DIR [WORK_DIR]
# Run on a quiet machine: the figures are wall clock on every core.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$1"
work="${2:-$(mktemp -d)}"
project="$work/annotate-bench"
rm -rf "$project"
"$here/terrain" init "$project" >/dev/null
"$here/terrain" import "$project" "$corpus" --json >/dev/null 2>&1 || true
for annotators in pos,lemma pos,lemma,ner; do
  /usr/bin/time -f "$annotators: %e s wall, %M KB peak RSS" \
    "$here/terrain" annotate "$project" --annotators "$annotators" --json 2>&1 | grep -v '^annotate\|^indexing'
done
