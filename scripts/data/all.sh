#!/bin/sh
# Re-derives the bundled scenarios' data from the idempotent scripts in this folder, in the order they
# depend on each other (each script says why it sets what it sets, with its sources), then the JSON
# schema and the golden replays. Run from the repository root: `sh scripts/data/all.sh`. A second run
# changes nothing. Trials that are not part of the bundled data (subwar42, ship46_early) are left out.
set -e
for s in battle sea calib air road_to_tokyo ship45 range oilers allies goals battles damage_control kure \
  pearl_text midway_plan road_japan_plan road_south_oil southern_allies_plan oil_clock_goal fuel_cargo \
  jp45_plan fleet45 short_air us42 yamato_class fleet44 garrison_supply islands_by_sea air_legs clark_field port_shipping \
  air_forward player_text surrender ship46 pearl_oil_once road_industry_start ship48 \
  pacific_industry_start oil_clock_pearl_reach air49 mine49 teacher_notes12 ship50 play13 mine50 route50 mine51 strike_losses \
  troops19 burma_luzon support_cap overwhelm cut_off_surrender malaya_withdrawal carrier_points air_cover yards23 history_titles told_to embargo_july oil_clock_shipping_war short_merchant_level southern_oil_shipping_war soviet_losses war_begins_words; do
  python3 "scripts/data/$s.py" > /dev/null
done
npm run -s schema
npx tsx scripts/make-golden.ts
