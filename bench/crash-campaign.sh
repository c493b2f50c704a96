#!/usr/bin/env bash
# The crash campaign at scale: kill -9 at random moments of import, auto-coding, correction, export (and restore),
# each round checking that the project opens whole, that the command took effect wholly or not at all, and that
# running it again finishes the work. The test command runs 20 rounds with a fixed seed; this runs more with a
# fresh one. Usage: bench/crash-campaign.sh [ROUNDS] [SEED]   (a failing round is replayed with its seed)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../.mvn/terrain-java.sh
. "$here/.mvn/terrain-java.sh"
rounds="${1:-200}"
seed="${2:-$(date +%s)}"
echo "crash campaign: $rounds rounds, seed $seed" >&2
cd "$here"
./mvnw -q -B -pl corpus-tools -am test -Dtest=CrashCampaignTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dterrain.crash.rounds="$rounds" -Dterrain.crash.seed="$seed"
grep -ho 'crash campaign: .*' corpus-tools/target/surefire-reports/*CrashCampaignTest-output.txt 2>/dev/null \
  | sort | uniq -c || true
