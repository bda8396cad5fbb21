#!/usr/bin/env bash
# One warm request to each page of T2 and T3 on the national data, with generated accounts
# (password "national"): status, time, size. The platform must be running on the national data
# (README, section Performance). Usage: scripts/mesurer-donnees-nationales.sh [BASE_URL]
set -uo pipefail
base=${1:-http://localhost:8181}
session() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=national" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 ~ /SESSION$/ {print $6"="$7}' "$jar"
}
t() { # cookie url label
  curl -s -o /dev/null -b "$1" "$base$2"
  printf '%-45s %s\n' "$3" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download}o' -b "$1" "$base$2")"
}
fac=$(session facilitateur.131@national.invalid)
cons=$(session conseiller.37@national.invalid)
coord=$(session coordination.84@national.invalid)
seance=$(curl -s -b "$fac" "$base/ateliers" | grep -o 'href="/seances/[0-9]*"' | head -1 | grep -o '[0-9]*')
parcours=$(curl -s -b "$fac" "$base/seances/$seance" | grep -o 'href="/parcours/[0-9]*/seances"' | head -1 | grep -o '[0-9]*')
binome=$(curl -s -b "$cons" "$base/binomes" | grep -o 'href="/binomes/[0-9]*"' | head -1 | grep -o '[0-9]*')
fiche=$(curl -s -b "$cons" "$base/beneficiaires" | grep -o 'href="/beneficiaires/[0-9]*"' | head -1 | grep -o '[0-9]*')
personne=$(curl -s -b "$cons" "$base/binomes/$binome/navette" | grep -o 'href="/binomes/[0-9]*/navette/personnes/[0-9]*"' | head -1 | grep -o '[0-9]*$')
echo "séance $seance parcours $parcours binôme $binome fiche $fiche personne $personne"
t "$fac" "/seances/$seance" "séance (facilitateur)"
t "$fac" "/seances/$seance/emargement" "émargement (facilitateur)"
t "$fac" "/seances/$seance/emargement.pdf" "émargement PDF (facilitateur)"
t "$fac" "/parcours/$parcours/seances" "séances d'un parcours (facilitateur)"
t "$fac" "/parcours/$parcours/seances.ics" "séances .ics (facilitateur)"
t "$fac" "/agenda?mois=2026-01" "agenda janvier (facilitateur)"
t "$fac" "/agenda" "agenda ce mois (facilitateur)"
t "$coord" "/agenda?mois=2026-01" "agenda janvier région (coordination 84)"
t "$cons" "/agenda?mois=2026-01" "agenda janvier (conseiller)"
t "$cons" "/binomes/$binome/navette" "fiche navette binôme (conseiller)"
[ -n "$personne" ] && t "$cons" "/binomes/$binome/navette/personnes/$personne" "fiche navette personne (conseiller)"
t "$cons" "/beneficiaires/$fiche" "page d'une personne (conseiller)"
t "$cons" "/beneficiaires/$fiche/seances.ics" "agenda d'une personne (conseiller)"
t "$cons" "/orientations/parcours/$parcours" "orienter (conseiller)"
t "$fac" "/bons" "bons (facilitateur)"
t "$coord" "/tableau-de-bord" "tableau de bord (coordination 84)"
pers=$(curl -s -b "$cons" "$base/beneficiaires" | grep -o 'href="/beneficiaires/[0-9]*"' | grep -o '[0-9]*' | awk '$1 % 4 == 0' | head -1)
vague=$(curl -s -b "$coord" "$base/vagues" | grep -o 'href="/vagues/[0-9]*"' | head -1 | grep -o '[0-9]*')
t "$cons" "/beneficiaires/$pers/progression" "progression d'une personne (conseiller)"
t "$cons" "/suivis" "suivis à faire (conseiller)"
t "$coord" "/vagues/$vague/questionnaire" "questionnaire de la vague (coordination)"
t "$coord" "/vagues/$vague/sorties" "situations de sortie de la vague (coordination)"
t "$fac" "/seances/$seance/retours" "retours d'une séance (facilitateur)"
t "$cons" "/bibliotheque" "bibliothèque (conseiller)"
binomefac=$(curl -s -b "$fac" "$base/binomes" | grep -o 'href="/binomes/[0-9]*"' | head -1 | grep -o '[0-9]*')
t "$cons" "/binomes/$binome/badges" "badges d'un binôme (conseiller)"
t "$fac" "/binomes/$binomefac/badges" "badges et propositions (facilitateur)"
t "$coord" "/restitutions" "restitutions (coordination)"
t "$coord" "/restitutions/$vague" "restitution d'une vague (coordination)"
t "$coord" "/restitutions/$vague/restitution.pdf" "restitution PDF (coordination)"
t "" "/badges/verification" "vérifier un badge (public)"
admin=$(session admin@national.invalid)
pilote=$(session pilote.84@national.invalid)
dep=$(curl -s -b "$coord" "$base/budget/$vague" | grep -o '<option value="[0-9AB]*"' | sed -n 2p | grep -o '"[^"]*"' | tr -d '"')
t "$coord" "/tableau-de-bord?vague=$vague" "tableau de bord, une vague (coordination 84)"
t "$coord" "/tableau-de-bord?vague=$vague&departement=$dep&du=2026-01-01" "tableau de bord, vague + département + date"
t "$pilote" "/tableau-de-bord" "tableau de bord (direction 84)"
t "$admin" "/tableau-de-bord" "tableau de bord national (admin)"
t "$admin" "/tableau-de-bord/entonnoir.csv" "entonnoir national CSV (admin)"
t "$coord" "/budget" "budget des vagues (coordination)"
t "$coord" "/budget/$vague" "bilan budgétaire d'une vague (coordination)"
t "$coord" "/budget/$vague/bilan.xlsx" "bilan budgétaire XLSX"
t "$coord" "/budget/$vague/bilan.csv" "bilan budgétaire CSV"
t "$coord" "/budget/$vague/bilan.pdf" "bilan budgétaire PDF"
t "$coord" "/conventions" "conventions (coordination)"
t "$admin" "/conventions" "conventions (admin)"
t "$coord" "/exports" "exports (coordination)"
t "$admin" "/exports" "exports (admin)"
t "$admin" "/administration" "administration et journal (admin)"
t "$admin" "/administration/parametres" "paramètres (admin)"
t "$admin" "/administration/motifs" "motifs (admin)"
t "$admin" "/administration/notice" "notice (admin)"
