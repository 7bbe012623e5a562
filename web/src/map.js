// The world map (GET /api/places): country shapes from world-atlas (no tile server: the
// page works offline), places clustered, coloured by their most frequent QuadClass.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { getJson } from './api.js';
import { el } from './dom.js';
import { eventFilter } from './state.js';
import { QUAD_NAMES, dominantQuad } from './format.js';

let map = null;
let clusters = null;

function ensureMap(container) {
  if (map) return;
  // Without a tile layer the map has no maximum zoom; markercluster needs one.
  map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([25, 20], 1);
  L.geoJSON(unwrapped(feature(world, world.objects.countries)), {
    interactive: false,
    style: { color: '#a9a294', weight: 0.6, fillColor: '#efebe2', fillOpacity: 1 },
  }).addTo(map);
  clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 40 });
  clusters.addTo(map);
}

/**
 * Countries that cross the antimeridian (Russia, Fiji) have rings jumping from +180 to
 * −180, which a flat map draws as lines across the world: continue such rings past 180.
 */
function unwrapped(countries) {
  for (const country of countries.features) {
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const jump = ring[i][0] - ring[i - 1][0];
        if (Math.abs(jump) > 180) ring[i][0] -= 360 * Math.sign(jump);
      }
    }
  }
  return countries;
}

export async function showMap(state, setState) {
  const container = document.getElementById('map');
  ensureMap(container);
  const answer = await getJson('/api/places', { ...eventFilter(state), limit: 2000 });
  clusters.clearLayers();
  const markers = answer.places
    .filter((place) => place.lat !== null && place.lon !== null)
    .map((place) => placeMarker(place, setState));
  clusters.addLayers(markers);
  container.dataset.places = String(markers.length);
}

function placeMarker(place, setState) {
  const quad = dominantQuad(place.quads);
  const marker = L.marker([place.lat, place.lon], {
    icon: L.divIcon({ className: `place-marker quad${quad + 1}`, iconSize: [14, 14], html: el('span', {}, '') }),
    events: place.events,
    quads: place.quads,
  });
  // An element, not a string: Leaflet would parse a string tooltip as HTML.
  marker.bindTooltip(
    el('span', {}, `${place.name}${place.country ? `, ${place.country}` : ''}: ${place.events} event${place.events === 1 ? '' : 's'} (mostly ${QUAD_NAMES[quad]})`),
  );
  marker.on('click', () => setState({ list: `near:${place.lat},${place.lon}` }));
  return marker;
}

/** A cluster shows its event total, coloured by the QuadClass most of them have. */
function clusterIcon(cluster) {
  const quads = [0, 0, 0, 0];
  let events = 0;
  for (const marker of cluster.getAllChildMarkers()) {
    marker.options.quads.forEach((count, i) => (quads[i] += count));
    events += marker.options.events;
  }
  return L.divIcon({
    className: `place-cluster quad${dominantQuad(quads) + 1}`,
    iconSize: [30, 30],
    html: el('span', {}, String(events)),
  });
}
