#!/usr/bin/env bash
# The local OpenID Connect provider of the tests (ProConnectLocal: user information as a signed
# JWT, like ProConnect), run outside them to scan or measure the ProConnect login of a running
# platform started with
#   PLATEFORME_PROCONNECT_EMETTEUR=http://localhost:8287 PLATEFORME_PROCONNECT_CLIENT_ID=plateforme-de-test \
#   PLATEFORME_PROCONNECT_CLIENT_SECRET=secret-de-test
# Agents: camille (conseiller@demo.fr), dominique (coordination@demo.fr), password
# mot-de-passe-du-fournisseur.
# Usage: scripts/proconnect-local.sh [PORT] [PLATFORM_URL]
set -euo pipefail
port=${1:-8287}
plateforme=${2:-http://localhost:8080}
cd "$(dirname "$0")/.."
./mvnw -q -pl platform-web -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/classpath-proconnect.txt
exec java -cp "platform-web/target/test-classes:platform-web/target/classes:$(cat platform-web/target/classpath-proconnect.txt)" \
  fr.tierslieux.inclusion.web.proconnect.ProConnectLocal "$port" "$plateforme"
