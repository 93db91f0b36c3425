#!/bin/sh
# Runs calibrate into a scratch folder and compares its output with the committed packs.
# usage: check-packs.sh <calibrate> <shared data dir> <repo data dir> <scratch dir> <cmake>
set -u
calibrate=$1 shared=$2 data=$3 scratch=$4 cmake=$5

if [ ! -d "$shared" ]; then
  echo "../shared/data not found: this test needs the raw data (see data/README.md)" >&2
  echo "(looked in $shared; set SHARED_DATA_DIR to point elsewhere)" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 77
fi

rm -rf "$scratch" && mkdir -p "$scratch" || exit 1
"$calibrate" --shared "$shared" --sources "$data/sources" --out "$scratch" || exit 1

status=0
for pack in market.json article-2019.json; do
  if ! "$cmake" -E compare_files "$data/$pack" "$scratch/$pack"; then
    echo "data/$pack differs from what calibrate produces ($scratch/$pack):" >&2
    echo "regenerate it with 'make packs' and commit the result with the reason" >&2
    status=1
  fi
done
exit $status
