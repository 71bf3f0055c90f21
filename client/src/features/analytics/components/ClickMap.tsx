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

const CLUSTER_STYLE: L.PathOptions = { fillColor: '#4f46e5', fillOpacity: 0.85, weight: 2 };

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

/** Small enough that neighbours (GB and IE, two US points) stay apart once zoomed in. */
const MIN_RADIUS = 4;
const MAX_RADIUS = 14;
/** Pixels kept between two bubbles; closer ones are drawn as one. */
const GAP = 3;
const radius = (clicks: number, max: number) =>
  MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, clicks / max));

function placeName(location: Locations[number]): string {
  return [location.city, countryName(location.country)].filter(Boolean).join(', ') || 'Unknown';
}

const clicksText = (clicks: number) => `${formatNumber(clicks)} click${clicks === 1 ? '' : 's'}`;

/** What a bubble stands for: one place, or neighbours too close to tell apart at this zoom. */
interface Bubble {
  members: Locations;
  clicks: number;
  /** The clicks-weighted centre, in the map's layer pixels. */
  point: L.Point;
  radius: number;
}

/**
 * Merges bubbles that would touch at the map's zoom, the biggest absorbing its neighbours, until none
 * touch: at world zoom London, Dublin and Paris are a few pixels apart and read as one labelled bubble.
 */
function mergeBubbles(map: L.Map, locations: Locations, max: number): Bubble[] {
  let bubbles: Bubble[] = [...locations]
    .sort((a, b) => b.clicks - a.clicks)
    .map((l) => ({
      members: [l],
      clicks: l.clicks,
      point: map.latLngToLayerPoint([l.latitude, l.longitude]),
      radius: radius(l.clicks, max),
    }));
  for (let merged = true; merged; ) {
    merged = false;
    const next: Bubble[] = [];
    for (const bubble of bubbles) {
      const near = next.find((b) => b.point.distanceTo(bubble.point) < b.radius + bubble.radius + GAP);
      if (!near) {
        next.push(bubble);
        continue;
      }
      const clicks = near.clicks + bubble.clicks;
      near.point = near.point
        .multiplyBy(near.clicks)
        .add(bubble.point.multiplyBy(bubble.clicks))
        .divideBy(clicks);
      near.clicks = clicks;
      near.members = [...near.members, ...bubble.members];
      near.radius = radius(clicks, max);
      merged = true;
    }
    bubbles = next;
  }
  return bubbles;
}

/** A small map (a phone's) names fewer places in a merged bubble's tooltip, so it fits inside. */
function tooltip(bubble: Bubble, small: boolean): HTMLElement {
  // Text, never HTML: city names come from the geo database, not from us.
  const span = document.createElement('span');
  if (bubble.members.length === 1) {
    span.textContent = `${placeName(bubble.members[0]!)}: ${clicksText(bubble.clicks)}`;
    return span;
  }
  const title = document.createElement('strong');
  title.textContent = `${clicksText(bubble.clicks)} in ${bubble.members.length} places`;
  const shown = bubble.members.slice(0, small ? 3 : 5);
  const lines = shown.map((m) => `${placeName(m)}: ${formatNumber(m.clicks)}`);
  if (bubble.members.length > shown.length) lines.push(`and ${bubble.members.length - shown.length} more`);
  lines.push('Click to zoom in');
  span.append(title, ...lines.flatMap((line) => [document.createElement('br'), line]));
  return span;
}

/** Room kept between a tooltip and the map's edge. */
const EDGE = 4;
/** Leaflet's stylesheet sets a tooltip 6 px off its anchor, for the arrow. */
const ARROW = 6;
type Side = 'right' | 'left' | 'bottom' | 'top';

/**
 * Leaflet's 'auto' only picks left or right, centred on the bubble: near the map's top a tall tooltip was
 * cut off. Try the four sides, slide the tooltip along the side to stay inside (the arrow still points
 * at the bubble), and keep the side that leaves least outside the map.
 */
function placeTooltip(map: L.Map, tip: L.Tooltip, radius: number): void {
  const el = tip.getElement();
  const at = tip.getLatLng();
  if (!el || !at) return;
  const p = map.latLngToContainerPoint(at);
  const size = map.getSize();
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const gap = radius + ARROW;
  const left = p.x < size.x / 2;
  const high = p.y < size.y / 2;
  const sides: Side[] = [
    left ? 'right' : 'left',
    left ? 'left' : 'right',
    high ? 'bottom' : 'top',
    high ? 'top' : 'bottom',
  ];
  const outside = (start: number, length: number, room: number) =>
    Math.max(0, EDGE - start) + Math.max(0, start + length - (room - EDGE));
  // How far to slide a box along an edge to bring it in, short of losing the arrow.
  const slide = (start: number, length: number, room: number) => {
    const wanted = Math.min(Math.max(start, EDGE), room - EDGE - length) - start;
    const most = length / 2 - 14;
    return Math.max(-most, Math.min(most, wanted));
  };
  let best: { side: Side; shift: number; out: number } | undefined;
  for (const side of sides) {
    const across = side === 'right' || side === 'left';
    const x = side === 'right' ? p.x + gap : side === 'left' ? p.x - gap - w : p.x - w / 2;
    const y = side === 'bottom' ? p.y + gap : side === 'top' ? p.y - gap - h : p.y - h / 2;
    const shift = across ? slide(y, h, size.y) : slide(x, w, size.x);
    const out = across
      ? outside(x, w, size.x) + outside(y + shift, h, size.y)
      : outside(x + shift, w, size.x) + outside(y, h, size.y);
    if (!best || out < best.out) best = { side, shift, out };
  }
  const { side, shift } = best!;
  const along = side === 'right' || side === 'left';
  tip.options.direction = side;
  tip.options.offset = along
    ? [side === 'right' ? radius : -radius, shift]
    : [shift, side === 'bottom' ? radius : -radius];
  el.style.setProperty('--tip-arrow', `${-shift}px`);
  tip.update();
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
    // The box can change size with the layout (phone rotation, sidebar): keep the map filling it, and
    // the whole world in view until the user has moved it, so bubbles merge the same way at a width.
    const box = container.current;
    let touched = false;
    const touch = () => (touched = true);
    for (const type of ['pointerdown', 'keydown'] as const) box.addEventListener(type, touch);
    const resize = new ResizeObserver(() => {
      instance.invalidateSize();
      if (!touched) instance.fitBounds(WORLD);
    });
    resize.observe(box);
    return () => {
      for (const type of ['pointerdown', 'keydown'] as const) box.removeEventListener(type, touch);
      resize.disconnect();
      instance.remove();
      map.current = null;
      circles.current = null;
    };
  }, []);

  useEffect(() => {
    const group = circles.current;
    const instance = map.current;
    if (!group || !instance) return;
    // The scale is set by the biggest place, so a bubble's size means the same at every zoom.
    const max = Math.max(1, ...locations.map((l) => l.clicks));
    const draw = () => {
      group.clearLayers();
      const small = instance.getSize().y < 300;
      // Biggest first, so a small bubble drawn later stays on top and hoverable.
      for (const bubble of mergeBubbles(instance, locations, max).sort((a, b) => b.clicks - a.clicks)) {
        const center = instance.layerPointToLatLng(bubble.point);
        const circle = L.circleMarker(center, { ...CIRCLE_STYLE, radius: bubble.radius })
          .bindTooltip(tooltip(bubble, small))
          .on('tooltipopen', (event) => placeTooltip(instance, event.tooltip, bubble.radius))
          .addTo(group);
        if (bubble.members.length === 1) continue;
        circle.setStyle(CLUSTER_STYLE);
        circle.getElement()?.classList.add('map-cluster');
        circle.on('click', () =>
          instance.fitBounds(L.latLngBounds(bubble.members.map((m) => [m.latitude, m.longitude])), {
            padding: [40, 40],
            maxZoom: instance.getZoom() + 3,
          }),
        );
        // The count on the bubble; the tooltip names the places. Not focusable: the list below has them.
        L.marker(center, {
          icon: L.divIcon({
            className: 'map-cluster-count',
            html: `<span aria-hidden="true">${formatNumber(bubble.clicks)}</span>`,
            iconSize: [bubble.radius * 2, bubble.radius * 2],
          }),
          interactive: false,
          keyboard: false,
        }).addTo(group);
      }
    };
    draw();
    instance.on('zoomend', draw);
    return () => {
      instance.off('zoomend', draw);
    };
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
              One circle per city, or per country where the city is unknown; a number marks neighbours drawn
              as one. Hover or tap a circle for its places.
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
