#!/usr/bin/env bash
# Wapiti scan of what the ProConnect login adds, as a stranger reaches it (not signed in): the
# login page with its button and its two messages, the button's redirection to the provider, and
# the return address with made-up code and state. The platform must run with ProConnect
# configured (PLATEFORME_PROCONNECT_*), against a provider or none: every attack ends on a refusal.
# Usage: scripts/scanner-wapiti-proconnect.sh [BASE_URL] [REPORT_DIR]
set -euo pipefail
base=${1:-http://localhost:8080}
rapport=${2:-docs/securite}
command -v wapiti >/dev/null || { echo "wapiti manque : apt-get install wapiti" >&2; exit 1; }
. "$(dirname "$0")/wapiti-commun.sh"
mkdir -p "$rapport"
wapiti -u "$base/" --scope folder --flush-session \
  -s "$base/login" -s "$base/login?proconnect=inconnu" -s "$base/oauth2/authorization/proconnect" \
  -s "$base/login/oauth2/code/proconnect?code=abc&state=def" \
  -m "exec,file,sql,xss,ssrf,redirect,blindsql,csp,http_headers,cookieflags" -x "$base/logout" \
  --max-scan-time 600 --max-attack-time 120 -f json -o "$rapport/wapiti-proconnect.json" -v 1
resume_wapiti "$rapport/wapiti-proconnect.json"
