import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { CoverageResult } from '../domain/coverage';
import type { DistrictFeature } from '../domain/district';
import type { MergeMode } from '../domain/mergeZones';
import type { ZoneFeature, ZoneKind } from '../domain/zone';
import type { ImportOptions, ImportResult, LoadedFeature } from '../import/importResult';
import type { ImportMessage } from '../import/importMessage';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';
import { OFFLINE_BASEMAP, type BasemapChoice } from '../map/basemaps/basemapChoice';
import { INITIAL_PRESENTER_STATE, INITIAL_TIMELINE_STATE, type PresenterState, type TimelineState } from '../presenter/presenterState';

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
  /** Import messages that make up the `{reason}` parameter, rendered in the UI language when shown. */
  importMessages?: readonly ImportMessage[];
}

/** What a change to the zones was, for the undo/redo menu: a message key and its parameters. */
export interface ChangeLabel {
  messageKey: MessageKey;
  parameters: Record<string, string | number>;
}

/** Zones before a change, and what the change was. Zone arrays are immutable, so this is cheap. */
export interface HistoryEntry {
  label: ChangeLabel;
  zones: ZoneFeature[];
  otherFeatures: LoadedFeature[];
}

/**
 * Where the zones on screen stand against IndexedDB: `default` (the shipped file, nothing of
 * the editor's), `unsaved` (a change waits to be written), `saving`, `saved`, `failed` (kept in
 * memory only), `conflict` (another tab saved meanwhile; nothing was overwritten).
 */
export interface PersistenceState {
  status: 'default' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'conflict';
  /** The stored revision these zones are based on (0: none). */
  revision: number;
  detail?: string;
}

/**
 * One file on its way in: read in the zone worker (`reading`), then shown for review with its
 * messages, coordinate-system decision and a preview on the map (`review`) until the editor
 * adds it or cancels. The file is kept as a Blob so a changed option re-reads it.
 */
export interface ImportSession {
  fileName: string;
  source: Blob;
  options: ImportOptions;
  state: 'reading' | 'review';
  /** Fraction of the reading done, 0–1. */
  progress: number;
  /** The reading has made no progress for a long while (ImportQueue's stall watch): the review says so. */
  stalled?: boolean;
  result: ImportResult | null;
  mode: MergeMode;
  /** Whether the features outside Tianjin (`result.outsideTianjin`) are added too; off until the editor ticks it. */
  includeOutsideTianjin: boolean;
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
  /** Points and lines from imported files: kept, drawn and exported, never counted in areas. */
  otherFeatures: LoadedFeature[];
  /** Ellipsoidal area of every loaded zone by id, m²; filled in by the area worker. */
  /** By zone id; a Map so that ids such as `__proto__` or `constructor` are keys like any other. */
  zoneAreaSquareMetresById: ReadonlyMap<string, number>;
  /** Coverage of the zones the filters let through. */
  coverage: CoverageStatus;
  filters: ZoneFilters;
  selectedZoneId: string | null;
  /** The zone under the pointer and where the pointer is, in map-container pixels. */
  hover: ZoneHover | null;
  /** Bumped each time something asks the camera to go to a zone (list click, tour step). */
  focusRequest: FocusRequest | null;
  alerts: Alert[];
  history: { past: HistoryEntry[]; future: HistoryEntry[] };
  persistence: PersistenceState;
  /** A file being read or reviewed before it joins the zones (one at a time; others queue). */
  importSession: ImportSession | null;
  /** Presenter mode and the guided tour (src/presenter). */
  presenter: PresenterState;
  /** The coverage timeline: which year the map builds the zones up to, and whether it plays. */
  timeline: TimelineState;
  /** The basemap under the zones: the embedded offline style unless a person picks another. */
  basemap: BasemapChoice;
  /** Factor on map type and line sizes: 1, or more in presenter mode on big screens (presenter/roomScale.ts). */
  displayScale: number;
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
    otherFeatures: [],
    zoneAreaSquareMetresById: new Map(),
    coverage: { state: 'idle' },
    filters: EMPTY_FILTERS,
    selectedZoneId: null,
    hover: null,
    focusRequest: null,
    alerts: [],
    history: { past: [], future: [] },
    persistence: { status: 'default', revision: 0 },
    importSession: null,
    presenter: INITIAL_PRESENTER_STATE,
    timeline: INITIAL_TIMELINE_STATE,
    basemap: OFFLINE_BASEMAP,
    displayScale: 1,
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
