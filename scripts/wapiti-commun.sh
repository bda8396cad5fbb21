# Shared by the scan scripts (sourced): Wapiti run through a Python 3.11 fix, and the summary of
# a report.
# Wapiti 3.0.4 (Debian 12) builds its exclusion patterns with a regex flag that Python 3.11
# refuses at the end of an expression; this shim puts it first, then runs Wapiti unchanged.
wapiti() {
  /usr/bin/python3 - "$@" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv = ["wapiti"] + sys.argv[1:]
wapiti_main()
PY
}

# resume_wapiti REPORT: findings by category and level (Wapiti: 1 low, 2 medium, 3 high, 4 critical)
resume_wapiti() {
python3 - "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for partie in ("vulnerabilities", "anomalies", "additionals"):
    for categorie, constats in r.get(partie, {}).items():
        if constats:
            noms = {1: "faible", 2: "moyen", 3: "élevé", 4: "critique"}
            niveaux = sorted({noms.get(int(c.get("level", 0)), c.get("level")) for c in constats})
            print(f"{partie} / {categorie} : {len(constats)} ({', '.join(niveaux)})")
            for c in constats:
                print("   ", c.get("method"), c.get("path"), "—", c.get("info", "")[:120])
print("pages parcourues :", len(r.get("infos", {}).get("crawled_pages", [])) or r.get("infos", {}).get("crawled_pages_nbr"))
PY
}
