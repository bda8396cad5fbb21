#!/usr/bin/env bash
# Checks that the README's production build carries no embedded PostgreSQL, even right
# after a normal build (which puts it in the jar). Run by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Dproduction -DskipTests package
jar=platform-web/target/platform-web.jar
embarques=$(unzip -l "$jar" | grep -cE 'embedded-postgres|platform-postgres-local' || true)
taille=$(( $(stat -c %s "$jar") / 1024 / 1024 ))
echo "Jar de production : ${taille} Mo, ${embarques} bibliothèque(s) de PostgreSQL embarqué"
if [ "$embarques" -ne 0 ]; then
  echo "ÉCHEC : le jar de production contient le PostgreSQL embarqué" >&2
  exit 1
fi
