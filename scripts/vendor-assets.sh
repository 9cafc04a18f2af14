#!/usr/bin/env bash
# Rebuild the dashboard's third-party browser assets from the npm registry.
# web/package.json pins leaflet, leaflet.markercluster, topojson-client, world-atlas (Natural Earth
# boundaries) and swagger-ui-dist (the API's /docs page, served offline);
# this installs them (npm ci, from web/package-lock.json) and copies the files the page loads,
# with their licences, into src/veille/serve/static/vendor/. The result is committed, so a
# machine that only runs the dashboard needs neither node nor npm.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WEB="$ROOT/web"
OUT="$ROOT/src/veille/serve/static/vendor"
cd "$WEB"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
fi
NM="$WEB/node_modules"
rm -rf "$OUT"
mkdir -p "$OUT/images"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$OUT/"
cp "$NM/leaflet/dist/images/"*.png "$OUT/images/"
cp "$NM/leaflet/LICENSE" "$OUT/LICENSE.leaflet"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$OUT/"
cp "$NM/topojson-client/LICENSE" "$OUT/LICENSE.topojson-client"
cp "$NM/world-atlas/countries-50m.json" "$OUT/"
cp "$NM/world-atlas/LICENSE" "$OUT/LICENSE.world-atlas"
cp "$NM/leaflet.markercluster/dist/leaflet.markercluster.js" "$NM/leaflet.markercluster/dist/MarkerCluster.css" \
   "$NM/leaflet.markercluster/dist/MarkerCluster.Default.css" "$OUT/"
cp "$NM/leaflet.markercluster/MIT-LICENCE.txt" "$OUT/LICENSE.leaflet.markercluster"
mkdir -p "$OUT/swagger-ui"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" "$OUT/swagger-ui/"
cp "$NM/swagger-ui-dist/LICENSE" "$OUT/LICENSE.swagger-ui"
cp "$NM/swagger-ui-dist/NOTICE" "$OUT/NOTICE.swagger-ui"
{
  echo "Vendored by scripts/vendor-assets.sh from web/package.json; do not edit by hand."
  for p in leaflet leaflet.markercluster topojson-client world-atlas swagger-ui-dist; do
    node -e "const p=require('$NM/$p/package.json'); console.log(p.name + ' ' + p.version + ' (' + p.license + ')')"
  done
  echo "countries-50m.json: Natural Earth 1:50m admin-0 boundaries (public domain) as TopoJSON."
} > "$OUT/VERSIONS.txt"
echo "vendored into $OUT:" >&2
ls -l "$OUT" >&2
