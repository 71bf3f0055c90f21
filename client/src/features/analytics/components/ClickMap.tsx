import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { CircleMarker, GeoJSON, MapContainer, TileLayer, Tooltip } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { ClickStatsQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';

type Locations = ClickStatsQuery['clickStats']['locations'];

// A tile server is optional: the country shapes ship with the app so the map works offline.
const TILE_URL = import.meta.env.VITE_MAP_TILE_URL as string | undefined;
const TILE_ATTRIBUTION = (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ?? '';

/** Rings that cross the antimeridian (Russia, Fiji) would streak across the map: move them east of 180°. */
function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some(([lon]) => lon! > 170) && ring.some(([lon]) => lon! < -170);
  return crosses ? ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]) : ring;
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}

function worldShapes(): FeatureCollection {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection;
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((f: Feature) => f.id !== '010') // Antarctica: huge in Mercator, never a click
      .map((f: Feature) => ({ ...f, geometry: unwrap(f.geometry) })),
  };
}

/** The inhabited world, so the map fills its box at any width. */
const WORLD: [[number, number], [number, number]] = [
  [-50, -165],
  [75, 180],
];

const COUNTRY_STYLE = { color: '#c7cbd6', weight: 0.6, fillColor: '#e8ebf2', fillOpacity: 1 };

export default function ClickMap({ locations }: { locations: Locations }) {
  const shapes = useMemo(worldShapes, []);
  const max = Math.max(1, ...locations.map((l) => l.clicks));
  return (
    <div className="map-box" data-testid="click-map">
      <MapContainer
        bounds={WORLD}
        minZoom={0.5}
        maxZoom={7}
        zoomSnap={0.25}
        scrollWheelZoom={false}
        worldCopyJump={false}
        maxBounds={[
          [-65, -220],
          [85, 240],
        ]}
        attributionControl={Boolean(TILE_URL)}
        style={{ height: '100%', width: '100%', background: '#f8fafc' }}
        aria-label="Click locations map"
      >
        {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        {!TILE_URL && <GeoJSON data={shapes} style={COUNTRY_STYLE} interactive={false} />}
        {locations.map((l) => (
          <CircleMarker
            key={`${l.latitude},${l.longitude},${l.city ?? ''}`}
            center={[l.latitude, l.longitude]}
            radius={5 + 17 * Math.sqrt(l.clicks / max)}
            pathOptions={{ color: '#4338ca', weight: 1.5, fillColor: '#6366f1', fillOpacity: 0.45 }}
          >
            <Tooltip>
              {[l.city, l.country].filter(Boolean).join(', ') || 'Unknown'}: {formatNumber(l.clicks)} click
              {l.clicks === 1 ? '' : 's'}
            </Tooltip>
          </CircleMarker>
        ))}
      </MapContainer>
    </div>
  );
}
