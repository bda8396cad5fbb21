#!/usr/bin/env bash
# The benchmark: starts the packaged platform (-Xmx512m) on a data directory, measures each
# page's throughput as a ratio to the reference page (wrk, 32 connections), then runs the
# Gatling journeys of each role at a steady rate and fails if a page misses p95 < 100 ms,
# p99 < 300 ms or any request fails. HTML report: platform-bench/target/gatling/.
#
#   scripts/banc.sh [DATA_DIR] [national|demo] [SECONDES]
#   (national: generate the data first, see README, section Performance; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
donnees_dir=${1:-data/national}
donnees=${2:-national}
secondes=${3:-120}
port=${PORT_BANC:-8181}

./mvnw -q -DskipTests package -pl platform-web -am
# Gatling runs in platform-bench alone: the modules it depends on must be in the local repository
./mvnw -q -DskipTests install -pl platform-bench -am
PLATEFORME_DATA_DIR="$donnees_dir" java -Xmx512m -jar platform-web/target/platform-web.jar --server.port="$port" \
  > target-banc.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
  sleep 1
done
echo "Plateforme prête ($(grep -oE 'Started PlateformeApplication in [0-9.]+ seconds' target-banc.log))"

echo "== Débit rapporté à la page de référence (comptes de démonstration)"
scripts/comparer-a-la-reference.sh "http://localhost:$port" 10

echo "== Parcours par rôle à débit constant (Gatling)"
./mvnw -q -Pbanc -pl platform-bench gatling:test -Dbanc.url="http://localhost:$port" -Dbanc.donnees="$donnees" \
  -Dbanc.secondes="$secondes"
