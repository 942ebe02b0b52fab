// The world map: world-atlas 110m TopoJSON (ISO 3166 numeric ids), Equal Earth projection, one focusable path per
// country. The atlas is a separate hashed asset fetched from our own origin (no external request).
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { s } from './dom.js';

const WIDTH = 960;
const HEIGHT = 470;
let shapes = null;

/** The atlas features as projected SVG path strings, computed once: [{ numeric, name, d }]. Antarctica left out. */
export async function loadShapes() {
  if (!shapes) {
    shapes = fetch(atlasUrl).then((r) => r.json()).then((topology) => {
      const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
      const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], {
        type: 'FeatureCollection',
        features: countries,
      });
      const path = geoPath(projection);
      return countries.map((f) => ({ numeric: f.id ?? null, name: f.properties?.name ?? '', d: path(f) }));
    });
  }
  return shapes;
}

/**
 * Draws the map into an svg#map. `rowsByNumeric` maps an ISO numeric id to its ranking row; `fillOf(row)` gives a
 * ranked row's colour; `labelOf(row, name)` the accessible label; `open(iso3)` opens a profile.
 */
export function drawMap(svg, list, { rowsByNumeric, fillOf, labelOf, noDataLabel, open, noData }) {
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.replaceChildren();
  const g = s('g', { class: 'countries' });
  for (const shape of list) {
    const row = shape.numeric ? rowsByNumeric.get(shape.numeric) : null;
    const ranked = row && row.rank != null && row.score != null;
    const attrs = {
      class: 'country',
      d: shape.d,
      fill: ranked ? fillOf(row) : noData,
      'data-iso3': row?.iso3,
      'data-nodata': ranked ? null : '',
    };
    if (row) {
      Object.assign(attrs, {
        tabindex: '0',
        role: 'link',
        'aria-label': ranked ? labelOf(row) : noDataLabel(row),
        onclick: () => open(row.iso3),
        onkeydown: (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open(row.iso3);
          }
        },
      });
    } else {
      attrs['aria-hidden'] = 'true';
    }
    const path = s('path', attrs, row ? s('title', { text: ranked ? labelOf(row) : noDataLabel(row) }) : null);
    g.append(path);
  }
  svg.append(g);
}

/** Recolours an already drawn map without rebuilding it. */
export function recolour(svg, rowsByIso3, fillOf, noData) {
  for (const path of svg.querySelectorAll('path.country[data-iso3]')) {
    const row = rowsByIso3.get(path.dataset.iso3);
    const ranked = row && row.rank != null && row.score != null;
    path.setAttribute('fill', ranked ? fillOf(row) : noData);
  }
}
