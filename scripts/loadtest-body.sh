#!/usr/bin/env bash
# Prints a JSON request body for POST /api/v1/comparisons: two made-up news reports of the same
# made-up event (a storm on a fictional coast), one in English and one in Norwegian Bokmål, each
# about 1,000 words. The texts are assembled from a few template sentences with varying numbers,
# dates and names; a fixed seed makes the body the same on every run. A few numbers differ between
# the two versions on purpose, so that the comparison has conflicts to find.
#
# Usage: scripts/loadtest-body.sh [WORDS] > body.json     (WORDS: target words per article, 1000)
set -euo pipefail

words_target="${1:-1000}"
command -v jq >/dev/null 2>&1 || { echo "loadtest-body: jq is needed (apt-get install -y jq)" >&2; exit 1; }

RANDOM=7   # fixed seed: the same body every run

towns=(Brekkvik Solstrand Havnes Lundvik Aurhamn Tjeldby Ostmark Fjellvang)
en_people=("Mayor Ingrid Halvorsen" "police spokesman Tor Aasland" "fire chief Marit Lode"
           "harbour master Jens Viken" "county governor Sigrid Moe" "meteorologist Hans Rud")
nb_people=("ordfører Ingrid Halvorsen" "politiets talsmann Tor Aasland" "brannsjef Marit Lode"
           "havnefogd Jens Viken" "statsforvalter Sigrid Moe" "meteorolog Hans Rud")
en_months=(January February March April May June July August September October November December)
nb_months=(januar februar mars april mai juni juli august september oktober november desember)
en_days=(Monday Tuesday Wednesday Thursday Friday Saturday Sunday)
nb_days=(mandag tirsdag onsdag torsdag fredag lørdag søndag)

en=""
nb=""
en_words=0
i=0

en+="A powerful storm swept across the western coast on Thursday, flooding harbours, cutting power "
en+="to thousands of homes and forcing the evacuation of several fishing villages, officials said."$'\n\n'
nb+="Et kraftig uvær feide over vestkysten torsdag, satte havner under vann, gjorde tusenvis av hjem "
nb+="strømløse og tvang fram evakuering av flere fiskevær, opplyser myndighetene."$'\n\n'

while (( en_words < words_target )); do
  town="${towns[i % ${#towns[@]}]}"
  p=$(( RANDOM % ${#en_people[@]} ))
  d=$(( RANDOM % 7 ))
  m=$(( RANDOM % 12 ))
  day=$(( RANDOM % 28 + 1 ))
  year=$(( 1950 + RANDOM % 70 ))
  injured=$(( RANDOM % 40 + 2 ))
  homes=$(( RANDOM % 300 + 10 ))
  evacuated=$(( RANDOM % 900 + 50 ))
  wind=$(( RANDOM % 25 + 25 ))
  rain=$(( RANDOM % 120 + 20 ))
  boats=$(( RANDOM % 30 + 3 ))
  crews=$(( RANDOM % 15 + 2 ))
  # Every third paragraph the Norwegian version gives a different count of injured people.
  nb_injured=$injured
  (( i % 3 == 2 )) && nb_injured=$(( injured + 3 ))

  en+="In ${town}, ${en_people[p]} said ${injured} people were injured and ${homes} homes were damaged "
  en+="when the storm reached the coast on ${en_days[d]}. About ${evacuated} residents were moved to "
  en+="schools and sports halls further inland, and ${crews} rescue crews worked through the night. "
  en+="Winds of up to ${wind} metres per second were measured at the lighthouse, and ${rain} millimetres "
  en+="of rain fell in less than a day, according to the meteorological institute. "
  en+="At the harbour, ${boats} fishing boats broke loose from their moorings and several were washed "
  en+="onto the quay. \"We have not seen anything like this since ${day} ${en_months[m]} ${year},\" "
  en+="${en_people[(p + 1) % ${#en_people[@]}]} told reporters. Roads into ${town} remained closed on "
  en+="Friday while engineers inspected the bridges."$'\n\n'

  nb+="I ${town} sier ${nb_people[p]} at ${nb_injured} personer ble skadd og ${homes} boliger fikk skader "
  nb+="da uværet nådde kysten ${nb_days[d]}. Rundt ${evacuated} innbyggere ble flyttet til skoler og "
  nb+="idrettshaller lenger inn i landet, og ${crews} redningsmannskaper arbeidet gjennom natten. "
  nb+="Det ble målt vind på opptil ${wind} meter i sekundet ved fyret, og det falt ${rain} millimeter "
  nb+="regn på under ett døgn, ifølge Meteorologisk institutt. "
  nb+="I havna slet ${boats} fiskebåter seg fra fortøyningene, og flere ble skylt opp på kaia. "
  nb+="– Vi har ikke sett noe lignende siden ${day}. ${nb_months[m]} ${year}, sier "
  nb+="${nb_people[(p + 1) % ${#nb_people[@]}]} til pressen. Veiene inn til ${town} var fortsatt "
  nb+="stengt fredag mens ingeniører kontrollerte bruene."$'\n\n'

  en_words=$(wc -w <<<"$en")
  i=$(( i + 1 ))
done

jq -n --arg a "$en" --arg b "$nb" '{sources: [
  {text: $a, language: "en", published: "2025-11-14", outlet: "Coastal Wire", title: "Storm floods western coast"},
  {text: $b, language: "nb", published: "2025-11-14", outlet: "Kystavisen", title: "Uværet satte kysten under vann"}
]}'
