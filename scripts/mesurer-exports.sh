#!/usr/bin/env bash
# Mesure les exports d'activité sur une instance lancée (données nationales, jar à -Xmx256m) :
#   PLATEFORME_DATA_DIR=data/national java -Xmx256m -Xlog:gc:file=gc.log \
#     -jar platform-web/target/platform-web.jar --server.port=8181
#   scripts/mesurer-exports.sh http://localhost:8181 [identifiant] [activite]
# Demande l'export national des orientations en CSV puis en XLSX (au-delà du seuil : en
# arrière-plan), attend qu'il soit prêt, le télécharge et affiche sa durée de production telle
# que la page la donne ; le journal de l'application détaille écriture et rangement
# (« Export n : … lignes écrites en … ms, rangées en … ms »).
set -euo pipefail
base=${1:-http://localhost:8181}
qui=${2:-admin@national.invalid}
activite=${3:-ORIENTATIONS}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf() { curl -s -b "$jar" -c "$jar" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$qui" --data-urlencode "password=national" \
  --data-urlencode "_csrf=$(csrf /login)" "$base/login"
for format in CSV XLSX; do
  debut=$(date +%s.%N)
  curl -s -b "$jar" -c "$jar" -o /tmp/export-reponse -w '%{http_code}' \
    --data "_csrf=$(csrf /exports)&activite=$activite&format=$format" "$base/exports" > /tmp/export-code
  if [ "$(cat /tmp/export-code)" = 200 ]; then
    echo "$activite $format : écrit aussitôt ($(stat -c %s /tmp/export-reponse) octets)"; continue
  fi
  # the newest export heads the list
  id=$(curl -s -b "$jar" "$base/exports" | grep -o 'id="export-[0-9]*"' | head -1 | grep -o '[0-9]*')
  lien="/exports/$id/fichier"
  until page=$(curl -s -b "$jar" "$base/exports") && grep -q "href=\"$lien\"" <<< "$page"; do
    grep -A12 "id=\"export-$id\"" <<< "$page" | grep -q 'Échec' && { echo "échec de l'export $id"; exit 1; }
    sleep 1
  done
  fin=$(date +%s.%N)
  produit=$(grep -A14 "id=\"export-$id\"" <<< "$page" | grep -o 'produit en [0-9,]* s' | head -1)
  taille=$(curl -s -b "$jar" -o /dev/null -w '%{size_download} octets en %{time_total} s' "$base$lien")
  printf '%s %s : prêt en %.1f s depuis la demande (%s), téléchargé : %s\n' "$activite" "$format" \
    "$(echo "$fin - $debut" | bc)" "$produit" "$taille"
done
