#!/usr/bin/env bash
# Imports a referential from the command line, with the same checks and report as the page.
# Usage: scripts/importer.sh TYPE FICHIER [COMPTE]
#   TYPE: REGIONS, DEPARTEMENTS, COMMUNES, AGENCES, TIERS_LIEUX_CGET, LIEUX_MEDIATION_NUMERIQUE
#   COMPTE: the account that signs the import (default: the first administrator)
# The database is the one configured (PLATEFORME_DATA_DIR for the embedded one, or
# SPRING_DATASOURCE_URL…); the jar is built if missing. The web server starts on a free port,
# unused, and stops with the import.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,7p' "$0"; exit 2; }
jar=platform-web/target/platform-web.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package
compte=()
[ $# -ge 3 ] && compte=("--plateforme.importer.compte=$3")
exec java -jar "$jar" --server.port=0 --plateforme.importer.type="$1" \
  --plateforme.importer.fichier="$(realpath "$2")" "${compte[@]}"
