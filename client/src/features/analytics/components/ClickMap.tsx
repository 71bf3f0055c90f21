import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { ClickMap_StatsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';

export const ClickMap_stats = graphql(`
  fragment ClickMap_stats on ClickStats {
    locations {
      latitude
      longitude
      city
      country
      clicks
    }
  }
`);

type Locations = ClickMap_StatsFragment['locations'];

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

let shapes: FeatureCollection | undefined;
function worldShapes(): FeatureCollection {
  if (shapes) return shapes;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection;
  shapes = {
    type: 'FeatureCollection',
    features: collection.features
      .filter((f: Feature) => f.id !== '010') // Antarctica: huge in Mercator, never a click
      .map((f: Feature) => ({ ...f, geometry: unwrap(f.geometry) })),
  };
  return shapes;
}

/** The inhabited world, so the map fills its box at any width. */
const WORLD: L.LatLngBoundsExpression = [
  [-50, -165],
  [75, 180],
];

const COUNTRY_STYLE: L.PathOptions = { color: '#c7cbd6', weight: 0.6, fillColor: '#e8ebf2', fillOpacity: 1 };
const CIRCLE_STYLE: L.PathOptions = {
  color: '#4338ca',
  weight: 1.5,
  fillColor: '#6366f1',
  fillOpacity: 0.35,
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** "GB" → "United Kingdom", as the Top Countries list names it. */
function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Small enough that neighbours (GB and IE, two US points) stay apart at world zoom. */
const MIN_RADIUS = 4;
const MAX_RADIUS = 14;
const radius = (clicks: number, max: number) =>
  MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(clicks / max);

function tooltip(location: Locations[number]): HTMLElement {
  // Text, never HTML: city names come from the geo database, not from us.
  const span = document.createElement('span');
  const place = [location.city, countryName(location.country)].filter(Boolean).join(', ') || 'Unknown';
  span.textContent = `${place}: ${formatNumber(location.clicks)} click${location.clicks === 1 ? '' : 's'}`;
  return span;
}

/**
 * Leaflet driven directly (BSD-2-Clause): react-leaflet is licensed under Hippocratic-2.1, which an
 * MIT project cannot take on. The map is created once; the circles are redrawn when the data changes.
 */
export default function ClickMap({ stats }: { stats: FragmentType<typeof ClickMap_stats> }) {
  const { locations } = useFragment(ClickMap_stats, stats);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const circles = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = L.map(container.current, {
      minZoom: 0.5,
      maxZoom: 7,
      zoomSnap: 0.25,
      scrollWheelZoom: false,
      worldCopyJump: false,
      maxBounds: [
        [-65, -220],
        [85, 240],
      ],
      attributionControl: Boolean(TILE_URL),
    });
    instance.fitBounds(WORLD);
    if (TILE_URL) L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION }).addTo(instance);
    else L.geoJSON(worldShapes(), { style: COUNTRY_STYLE, interactive: false }).addTo(instance);
    circles.current = L.layerGroup().addTo(instance);
    map.current = instance;
    // The box can change size with the layout (phone rotation, sidebar): keep the map filling it.
    const resize = new ResizeObserver(() => instance.invalidateSize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      instance.remove();
      map.current = null;
      circles.current = null;
    };
  }, []);

  useEffect(() => {
    const group = circles.current;
    if (!group) return;
    group.clearLayers();
    const max = Math.max(1, ...locations.map((l) => l.clicks));
    // Biggest first, so a small place next to a big one is drawn on top and stays hoverable.
    for (const location of [...locations].sort((a, b) => b.clicks - a.clicks)) {
      L.circleMarker([location.latitude, location.longitude], {
        ...CIRCLE_STYLE,
        radius: radius(location.clicks, max),
      })
        .bindTooltip(tooltip(location))
        .addTo(group);
    }
  }, [locations]);

  const max = Math.max(0, ...locations.map((l) => l.clicks));
  return (
    <>
      <div className="map-box" data-testid="click-map">
        <div
          ref={container}
          role="region"
          aria-label="Click locations map"
          style={{ height: '100%', width: '100%', background: '#f8fafc' }}
        />
      </div>
      <p className="map-legend muted" data-testid="map-legend">
        {max === 0 ? (
          'No located clicks in this period.'
        ) : (
          <>
            <LegendDot r={MIN_RADIUS} /> 1 click
            {max > 1 && (
              <>
                <LegendDot r={MAX_RADIUS} /> {formatNumber(max)} clicks
              </>
            )}
            <span>
              One circle per city, or per country where the city is unknown; hover or tap one for its place.
            </span>
          </>
        )}
      </p>
    </>
  );
}

function LegendDot({ r }: { r: number }) {
  return (
    <svg width={2 * r + 2} height={2 * r + 2} aria-hidden="true" className="legend-dot">
      <circle
        cx={r + 1}
        cy={r + 1}
        r={r}
        fill="rgba(99, 102, 241, 0.35)"
        stroke="#4338ca"
        strokeWidth="1.5"
      />
    </svg>
  );
}
