import { bbox } from '@turf/turf';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { ZoneFeature } from '../domain/zone';
import { basemapCoordinates } from '../map/basemaps/basemapChoice';
import { shiftFeaturesToGcj02 } from '../map/basemaps/gcj02Shift';
import type { ZoneMap } from '../map/zoneMap';
import { selectVisibleZones } from '../state/selectors';
import type { AppStore } from '../state/store';
import { selectCurrentStep } from './tourNavigation';

const FLY_MILLISECONDS = 1600;
const MAXIMUM_ZOOM = 13;

/** Pixels of each map edge covered by something drawn over it. */
export interface CoveredEdges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function boundsOf(zones: ZoneFeature[]): LngLatBoundsLike {
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: zones });
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * Moves the camera to each tour step: the zone, or every zone for the overview and the timeline.
 * A fly when motion is welcome, a cut when the person prefers reduced motion. `coveredPixels`
 * says how much of each map edge the presenter's title, gauge and caption cover, kept clear.
 */
export function startTourCamera(store: AppStore, zoneMap: ZoneMap, coveredPixels: () => CoveredEdges): () => void {
  let firstMove = true;
  const move = () => {
    const state = store.getState();
    if (!state.presenter.active) {
      firstMove = true;
      return;
    }
    const visible = selectVisibleZones(state);
    if (visible.length === 0) return;
    const { step } = selectCurrentStep(state);
    const framed = step.kind === 'zone' ? [step.zone] : visible;
    const drawn = basemapCoordinates(state.basemap) === 'gcj02' ? shiftFeaturesToGcj02(framed) : framed;
    const covered = coveredPixels();
    const margin = 40 * state.displayScale;
    const padding = { top: covered.top + margin, bottom: covered.bottom + margin, left: covered.left + margin, right: covered.right + margin };
    const map = zoneMap.map;
    const container = map.getContainer();
    // Entering presenter mode hides the sidebar: the map must know its new size before framing.
    map.resize();
    // A caption taller than the map leaves no room: frame without the padding rather than not at all.
    const fits = padding.top + padding.bottom < container.clientHeight - 80 && padding.left + padding.right < container.clientWidth - 80;
    delete container.dataset.cameraStep;
    map.fitBounds(boundsOf(drawn), {
      padding: fits ? padding : margin,
      maxZoom: MAXIMUM_ZOOM,
      duration: firstMove || prefersReducedMotion() ? 0 : FLY_MILLISECONDS,
    });
    firstMove = false;
    // Says which step the camera has arrived at and drawn (tests and screenshots wait for it).
    map.once('idle', () => {
      if (selectCurrentStep(store.getState()).step.id === step.id) container.dataset.cameraStep = step.id;
    });
  };
  // After the presenter layout has been drawn, so the covered edges are measured right.
  const moveSoon = () => requestAnimationFrame(move);
  return store.subscribe(
    (state) => [state.presenter.active, state.presenter.step, selectVisibleZones(state), state.basemap, state.displayScale] as const,
    moveSoon,
    { equalityFn: (a, b) => a.every((value, index) => value === b[index]) },
  );
}
