import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { CoverageResult } from '../domain/coverage';
import type { DistrictFeature } from '../domain/district';
import type { ZoneFeature, ZoneKind } from '../domain/zone';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';

/** Empty list = no restriction on that dimension. */
export interface ZoneFilters {
  districts: string[];
  kinds: ZoneKind[];
  scenarios: string[];
}

export interface Alert {
  id: number;
  severity: 'error' | 'warning';
  messageKey: MessageKey;
  parameters: Record<string, string | number>;
}

export type CoverageStatus =
  | { state: 'idle' }
  | { state: 'computing'; progress: number }
  | { state: 'ready'; result: CoverageResult }
  | { state: 'failed'; reason: string };

export interface AppState {
  language: Language;
  districts: DistrictFeature[];
  zones: ZoneFeature[];
  /** Ellipsoidal area of every loaded zone by id, m²; filled in by the area worker. */
  zoneAreaSquareMetresById: Record<string, number>;
  /** Coverage of the zones the filters let through. */
  coverage: CoverageStatus;
  filters: ZoneFilters;
  selectedZoneId: string | null;
  /** The zone under the pointer and where the pointer is, in map-container pixels. */
  hover: ZoneHover | null;
  /** Bumped each time something asks the camera to go to a zone (list click, tour step). */
  focusRequest: FocusRequest | null;
  alerts: Alert[];
}

export interface ZoneHover {
  zoneId: string;
  x: number;
  y: number;
}

export interface FocusRequest {
  zoneId: string;
  sequence: number;
}

export const EMPTY_FILTERS: ZoneFilters = { districts: [], kinds: [], scenarios: [] };

export function createInitialState(): AppState {
  return {
    language: DEFAULT_LANGUAGE,
    districts: [],
    zones: [],
    zoneAreaSquareMetresById: {},
    coverage: { state: 'idle' },
    filters: EMPTY_FILTERS,
    selectedZoneId: null,
    hover: null,
    focusRequest: null,
    alerts: [],
  };
}

/**
 * The one store of the app. Vanilla zustand (no UI framework); `subscribeWithSelector` lets the
 * map and each panel redraw only when the slice they show changes. State changes only through the
 * named actions in `actions.ts`.
 */
export function createAppStore(initialState: AppState = createInitialState()) {
  return createStore<AppState>()(subscribeWithSelector(() => initialState));
}

export type AppStore = ReturnType<typeof createAppStore>;
