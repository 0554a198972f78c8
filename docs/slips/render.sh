#!/bin/sh
# Re-render the sample slips of docs/referral.md (run from the repository root):
#   sh docs/slips/render.sh
# A French-site slip of an Arabic-speaking traveller (80 mm roll) and of a Portuguese-speaking one (A6,
# two sides), evaluated against the shipped protocols and demo situation, fictional demo directory, a
# throw-away demo key, a pinned issue time; PNGs at 200 dpi. The Portuguese A6 slip is also printed as in
# a training exercise (--mode exercise), with its "not a real referral" band on both sides. Thai and
# Amharic A6 slips show the scripts that need their own fonts (and, for Thai, shaping).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/record.json" <<'JSON'
{"arrival_date": "2026-11-29", "temperature_c": 38.4, "temperature_at": "2026-11-29T13:58:00Z",
 "symptoms": ["vomiting", "headache", "muscle_pain"], "symptom_onset": "2026-11-27",
 "itinerary": [{"country": "GN", "left": "2026-11-20"}, {"country": "SL", "left": "2026-11-12"}],
 "exposures": ["direct_care_without_ppe"],
 "traveller": {"surname": "Haddad", "given_names": "Layla Mariam", "birth_date": "1991-04-03", "sex": "female",
   "nationality": "LB", "document_type": "P", "document_number": "RL1234567", "issuing_state": "LB",
   "phone": "+000 70 555 123", "address": "Hôtel du Fleuve, chambre 12, Kessa", "language": "ar"},
 "conveyance": {"type": "land", "carrier": "TransSahel", "flight_number": "", "vessel": "", "vehicle": "bus KS-4471",
   "seat": "14C", "origin": "Conakry", "destination": "Kessa"}}
JSON
run() {  # format, traveller language, output name, extra slip options
  fmt=$1 lang=$2 name=$3
  shift 3
  .venv/bin/poe-kiosk slip --record "$tmp/record.json" --out "$tmp/$name.pdf" \
    --format "$fmt" --lang "$lang" --officer OFFICER-0017 --referral-id DEMO-KESSA-261129-7F3K \
    --now 2026-11-29T14:05:00Z --data-dir "$tmp/data" "$@" > /dev/null
  rm -f docs/slips/"$name"-[0-9].png
  pdftoppm -r 200 -png "$tmp/$name.pdf" docs/slips/"$name"
}
run 80mm ar slip-80mm-fr-ar
run a6 pt slip-a6-fr-pt
run a6 pt slip-a6-fr-pt-exercise --mode exercise --exercise-id EX-7Q2K9D
run a6 th slip-a6-fr-th   # Thai, shaped with HarfBuzz (docs/languages.md)
run a6 am slip-a6-fr-am   # Amharic (Ethiopic script)
ls docs/slips/*.png
