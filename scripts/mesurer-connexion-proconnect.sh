#!/usr/bin/env bash
# Times ProConnect logins against scripts/proconnect-local.sh: each login goes through the button,
# the provider's form and back; the figure is the return to the platform (code exchanged for the
# tokens, user information read and checked, account found, session opened), in milliseconds.
# Usage: scripts/mesurer-connexion-proconnect.sh [PLATFORM_URL] [PROVIDER_URL] [LOGINS] [AT_ONCE]
set -euo pipefail
app=${1:-http://localhost:8080}
fournisseur=${2:-http://localhost:8287}
connexions=${3:-30}
ensemble=${4:-1}
une() {
  local j u csrf r fin
  j=$(mktemp)
  u=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{redirect_url}" "$app/oauth2/authorization/proconnect")
  u=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{redirect_url}" "$u")
  csrf=$(curl -s -c "$j" -b "$j" "$u" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  u=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{redirect_url}" --data-urlencode "username=camille" \
    --data-urlencode "password=mot-de-passe-du-fournisseur" --data-urlencode "_csrf=$csrf" "$fournisseur/login")
  u=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{redirect_url}" "$u")
  r=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{time_total}" "$u")
  fin=$(curl -s -c "$j" -b "$j" -o /dev/null -w "%{http_code}" -L "$app/")
  rm -f "$j"
  echo "$r $fin"
}
export -f une
export app fournisseur ensemble
seq "$connexions" | xargs -P "$ensemble" -I{} bash -c une > /tmp/mesure-proconnect.txt
awk '{print $2}' /tmp/mesure-proconnect.txt | sort | uniq -c | sed 's/^/statut final : /'
awk '{print $1 * 1000}' /tmp/mesure-proconnect.txt | sort -n \
  | awk '{a[NR] = $1} END {printf "retour à la plateforme : médiane %.0f ms, 90e centile %.0f ms, max %.0f ms (%d connexions, %s à la fois)\n", a[int(NR / 2) + 1], a[int(NR * 0.9)], a[NR], NR, ENVIRON["ensemble"]}'
