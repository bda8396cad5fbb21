#!/usr/bin/env bash
# Throughput of each page as a ratio to the reference page (/reference/fortunes), measured in
# the same run with wrk (apt-get install wrk), 32 connections, behind a real login.
# Usage: scripts/comparer-a-la-reference.sh [BASE_URL] [SECONDS]   (the platform must be running;
# benchmark the packaged jar: spring-boot:run starts the JVM with C1 only)
set -euo pipefail
base=${1:-http://localhost:8080}
duree=${2:-15}
motdepasse=${PLATEFORME_DEMO_MOT_DE_PASSE:-demo}

session() { # identifiant -> cookie header value
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$motdepasse" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 ~ /SESSION$/ {print $6"="$7}' "$jar"
}

debit() { # cookie url -> "req/s p99"
  wrk -t2 -c32 -d"${duree}s" --timeout 10s --latency -H "Cookie: $1" "$base$2" |
    awk '/Requests\/sec/{r=$2} /99%/{p=$2} /Non-2xx/{e=$5} END{printf "%s %s %s\n", r, p, (e==""?0:e)}'
}

coordination=$(session coordination@demo.fr)
conseiller=$(session conseiller@demo.fr)
facilitateur=$(session facilitateur@demo.fr)
# the fourth page of the list, reached as a user does: three times "Page suivante"
page4=/beneficiaires
for _ in 1 2 3; do
  suivante=$(curl -s -b "$coordination" "$base$page4" | grep -o 'href="/beneficiaires?apres=[0-9]*"' | head -1 |
    sed 's/href="//;s/"$//' || true)
  page4=${suivante:-$page4}
done
fiche=$(curl -s -b "$conseiller" "$base/beneficiaires" | grep -o 'href="/beneficiaires/[0-9]*"' | head -1 | grep -o '[0-9]*')
# the demo accounts' binôme in T0 (the newest), and the demo vague that follows the experimentation
binome=$(curl -s -b "$conseiller" "$base/binomes" | grep -o 'href="/binomes/[0-9]*"' | head -1 | grep -o '[0-9]*')
vague=$(curl -s -b "$coordination" "$base/vagues" | grep -o 'href="/vagues/[0-9]*"' | head -1 | grep -o '[0-9]*')
binomefac=$(curl -s -b "$facilitateur" "$base/binomes" | grep -o 'href="/binomes/[0-9]*"' | head -1 | grep -o '[0-9]*')
# T2: the facilitator's newest session, and its parcours
seance=$(curl -s -b "$facilitateur" "$base/ateliers" | grep -o 'href="/seances/[0-9]*"' | head -1 | grep -o '[0-9]*')
parcours=$(curl -s -b "$facilitateur" "$base/seances/$seance" | grep -o 'href="/parcours/[0-9]*/seances"' | head -1 |
  grep -o '[0-9]*')

pages=("reference|$coordination|/reference/fortunes"
  "tableau-de-bord (coordination)|$coordination|/tableau-de-bord"
  "beneficiaires (coordination)|$coordination|/beneficiaires"
  "beneficiaires page 4 (coordination)|$coordination|$page4"
  "fiche (conseiller)|$conseiller|/beneficiaires/$fiche"
  "ateliers (facilitateur)|$facilitateur|/ateliers"
  "annuaire (conseiller)|$conseiller|/annuaire"
  "annuaire, plus proches (conseiller)|$conseiller|/annuaire?procheDe=Nanterre"
  "imports (coordination)|$coordination|/imports"
  "comptes (coordination)|$coordination|/comptes"
  "vague (coordination)|$coordination|/vagues/$vague"
  "binomes (conseiller)|$conseiller|/binomes"
  "binome (coordination)|$coordination|/binomes/$binome"
  "fiche ping-pong (facilitateur)|$facilitateur|/binomes/$binome/fiche"
  "canevas (conseiller)|$conseiller|/binomes/$binome/canevas"
  "appels (facilitateur)|$facilitateur|/appels"
  "séances d'un parcours (conseiller)|$conseiller|/parcours/$parcours/seances"
  "séance (facilitateur)|$facilitateur|/seances/$seance"
  "émargement (facilitateur)|$facilitateur|/seances/$seance/emargement"
  "orienter une personne (conseiller)|$conseiller|/orientations/parcours/$parcours"
  "fiche navette (conseiller)|$conseiller|/binomes/$binome/navette"
  "agenda du tiers-lieu (facilitateur)|$facilitateur|/agenda"
  "agenda de la région (coordination)|$coordination|/agenda"
  "progression d'une personne (conseiller)|$conseiller|/beneficiaires/$fiche/progression"
  "suivis à faire (conseiller)|$conseiller|/suivis"
  "questionnaire de la vague (coordination)|$coordination|/vagues/$vague/questionnaire"
  "badges d'un binôme (facilitateur)|$facilitateur|/binomes/$binomefac/badges"
  "restitution d'une vague (coordination)|$coordination|/restitutions/$vague"
  "vérifier un badge (public)||/badges/verification")

# Two warm-up rounds: in the first, C2 is still compiling (a compilation storm once held one core
# for over a minute), and a page measured then is measured against a JVM that is not yet itself.
echo "Échauffement (2 × $duree s par page)…"
for _ in 1 2; do
  for p in "${pages[@]}"; do IFS='|' read -r _ c u <<<"$p"; debit "$c" "$u" >/dev/null; done
done

# Each page is measured between two runs of the reference page and compared with their mean: on
# a shared machine the reference's own throughput drifts by a factor of three within an hour, and
# a ratio to a figure taken minutes earlier measures the drift, not the page.
printf '%-38s %10s %10s %8s %10s %8s\n' page "req/s" "réf. req/s" ratio p99 "non-2xx"
IFS='|' read -r _ cref uref <<<"${pages[0]}"
read -r apres _ _ < <(debit "$cref" "$uref")
for p in "${pages[@]:1}"; do
  IFS='|' read -r nom c u <<<"$p"
  avant=$apres
  read -r rps p99 erreurs < <(debit "$c" "$u")
  read -r apres _ _ < <(debit "$cref" "$uref")
  reference=$(awk -v a="$avant" -v b="$apres" 'BEGIN { printf "%.1f", (a + b) / 2 }')
  # a saturated server can answer nothing in the window: no ratio then, rather than a division by zero
  ratio=$(awk -v r="$rps" -v ref="$reference" 'BEGIN { if (ref > 0) printf "%.3f", r / ref; else print "-" }')
  printf '%-38s %10.0f %10.0f %8s %10s %8s\n' "$nom" "$rps" "$reference" "$ratio" "$p99" "$erreurs"
done
