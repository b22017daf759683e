import type { CoverageResult } from '../domain/coverage';
import type { DistrictFeature } from '../domain/district';
import type { ZoneFeature } from '../domain/zone';
import type { LoadedFeature } from '../import/importResult';
import type { ImportMessage } from '../import/importMessage';
import type { Language } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';
import type { BasemapChoice } from '../map/basemaps/basemapChoice';
import type { PresenterState } from '../presenter/presenterState';
import { OVERVIEW_STEP, type TourPosition } from '../presenter/tourSteps';
import { EMPTY_FILTERS, type Alert, type AppStore, type ChangeLabel, type ImportSession, type PersistenceState, type ZoneFilters, type ZoneHover } from './store';

/**
 * Every change to the store, by name (zustand's "no store actions" pattern: module-level
 * functions taking the store). Panels and adapters call these, never `setState` directly.
 */

export function setLanguage(store: AppStore, language: Language): void {
  store.setState({ language });
}

export function setDistricts(store: AppStore, districts: DistrictFeature[]): void {
  store.setState({ districts });
}

/** The zones after a change; a selection that no longer exists is dropped. */
function zonesUpdate(store: AppStore, zones: ZoneFeature[]) {
  const { selectedZoneId } = store.getState();
  const stillExists = zones.some((zone) => zone.properties.id === selectedZoneId);
  return { zones, selectedZoneId: stillExists ? selectedZoneId : null };
}

/**
 * Loads a collection as the starting point (the shipped default file, or the editor's saved
 * working copy at `savedRevision`): no undo history, nothing to save.
 */
export function loadZones(store: AppStore, zones: ZoneFeature[], savedRevision = 0, otherFeatures: LoadedFeature[] = []): void {
  store.setState({
    ...zonesUpdate(store, zones),
    otherFeatures,
    zoneAreaSquareMetresById: new Map(),
    history: { past: [], future: [] },
    persistence: { status: savedRevision > 0 ? 'saved' : 'default', revision: savedRevision },
  });
}

const HISTORY_LIMIT = 100;

/** An editor's change (import, repair, edit): undoable, and marked for autosave. */
export function commitZoneChange(
  store: AppStore,
  zones: ZoneFeature[],
  label: ChangeLabel,
  otherFeatures: LoadedFeature[] = store.getState().otherFeatures,
): void {
  const state = store.getState();
  const past = [...state.history.past, { label, zones: state.zones, otherFeatures: state.otherFeatures }].slice(-HISTORY_LIMIT);
  store.setState({
    ...zonesUpdate(store, zones),
    otherFeatures,
    history: { past, future: [] },
    persistence: { ...state.persistence, status: 'unsaved', detail: undefined },
  });
}

/** Steps one change back (`undo`) or forward (`redo`) through the history. */
function stepHistory(store: AppStore, direction: 'undo' | 'redo'): void {
  const state = store.getState();
  const [from, to] = direction === 'undo' ? [state.history.past, state.history.future] : [state.history.future, state.history.past];
  const entry = from.at(-1);
  if (!entry) return;
  const current = { label: entry.label, zones: state.zones, otherFeatures: state.otherFeatures };
  const remaining = from.slice(0, -1);
  const grown = [...to, current];
  store.setState({
    ...zonesUpdate(store, entry.zones),
    otherFeatures: entry.otherFeatures,
    history: direction === 'undo' ? { past: remaining, future: grown } : { past: grown, future: remaining },
    persistence: { ...state.persistence, status: 'unsaved', detail: undefined },
  });
}

export function undo(store: AppStore): void {
  stepHistory(store, 'undo');
}

export function redo(store: AppStore): void {
  stepHistory(store, 'redo');
}

export function setPersistence(store: AppStore, persistence: PersistenceState): void {
  store.setState({ persistence });
}

export function beginImportSession(store: AppStore, session: ImportSession): void {
  store.setState({ importSession: session });
}

export function updateImportSession(store: AppStore, changes: Partial<ImportSession>): void {
  const { importSession } = store.getState();
  if (importSession) store.setState({ importSession: { ...importSession, ...changes } });
}

export function endImportSession(store: AppStore): void {
  store.setState({ importSession: null });
}

export function setZoneAreas(store: AppStore, zoneAreaSquareMetresById: ReadonlyMap<string, number>): void {
  store.setState({ zoneAreaSquareMetresById });
}

export function startCoverageComputation(store: AppStore): void {
  store.setState({ coverage: { state: 'computing', progress: 0 } });
}

export function reportCoverageProgress(store: AppStore, progress: number): void {
  if (store.getState().coverage.state === 'computing') store.setState({ coverage: { state: 'computing', progress } });
}

export function setCoverageResult(store: AppStore, result: CoverageResult): void {
  store.setState({ coverage: { state: 'ready', result } });
}

export function setCoverageFailed(store: AppStore, reason: string): void {
  store.setState({ coverage: { state: 'failed', reason } });
}

/**
 * Sets the filters. Equal filters keep the current object: everything derived from them (the
 * visible zones, the coverage of a big collection, seconds of worker time) is keyed on it, and the
 * hash hands over a new but equal object every time a person edits the view part of the URL.
 */
export function setFilters(store: AppStore, filters: ZoneFilters): void {
  const current = store.getState().filters;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  if (same(current.districts, filters.districts) && same(current.kinds, filters.kinds) && same(current.scenarios, filters.scenarios)) return;
  store.setState({ filters });
}

/** Adds or removes one value of one filter dimension. */
export function toggleFilterValue<K extends keyof ZoneFilters>(store: AppStore, dimension: K, value: ZoneFilters[K][number]): void {
  const current = store.getState().filters[dimension] as string[];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  store.setState({ filters: { ...store.getState().filters, [dimension]: next } });
}

export function clearFilters(store: AppStore): void {
  store.setState({ filters: EMPTY_FILTERS });
}

export function selectZone(store: AppStore, zoneId: string | null): void {
  store.setState({ selectedZoneId: zoneId });
}

export function hoverZone(store: AppStore, hover: ZoneHover | null): void {
  const current = store.getState().hover;
  if (current === hover) return;
  if (current && hover && current.zoneId === hover.zoneId && current.x === hover.x && current.y === hover.y) return;
  store.setState({ hover });
}

/** Selects a zone and asks the camera to show it. */
export function focusZone(store: AppStore, zoneId: string): void {
  const sequence = (store.getState().focusRequest?.sequence ?? 0) + 1;
  store.setState({ selectedZoneId: zoneId, focusRequest: { zoneId, sequence } });
}

let nextAlertId = 1;

export function raiseAlert(
  store: AppStore,
  severity: 'error' | 'warning',
  messageKey: MessageKey,
  parameters: Record<string, string | number>,
  importMessages?: readonly ImportMessage[],
): void {
  const alert: Alert = { id: nextAlertId++, severity, messageKey, parameters, ...(importMessages ? { importMessages } : {}) };
  store.setState({ alerts: [...store.getState().alerts, alert] });
}

export function dismissAlert(store: AppStore, alertId: number): void {
  store.setState({ alerts: store.getState().alerts.filter((alert) => alert.id !== alertId) });
}

// Presenter mode, the guided tour, the coverage timeline and the basemap (src/presenter, src/map/basemaps).

/** Enters presenter mode at a tour step: the one a link names, else the overview. */
export function enterPresenter(store: AppStore, step: string = OVERVIEW_STEP): void {
  const { presenter } = store.getState();
  store.setState({ presenter: { ...presenter, active: true, step, blanked: false } });
}

/** Leaves presenter mode: autoplay stops and the map shows every zone again. */
export function leavePresenter(store: AppStore): void {
  const { presenter } = store.getState();
  store.setState({
    presenter: { ...presenter, active: false, blanked: false, autoplay: { ...presenter.autoplay, playing: false } },
    timeline: { year: null, playing: false },
  });
}

/** Moves the tour: the step, the timeline year the map shows there, and the zone it highlights. */
export function showTourPosition(store: AppStore, position: TourPosition, highlightedZoneId: string | null): void {
  const { presenter, timeline } = store.getState();
  store.setState({
    presenter: { ...presenter, step: position.step },
    timeline: { ...timeline, year: position.year },
    selectedZoneId: highlightedZoneId,
  });
}

export function setBlanked(store: AppStore, blanked: boolean): void {
  store.setState({ presenter: { ...store.getState().presenter, blanked } });
}

export function setAutoplay(store: AppStore, autoplay: Partial<PresenterState['autoplay']>): void {
  const { presenter } = store.getState();
  store.setState({ presenter: { ...presenter, autoplay: { ...presenter.autoplay, ...autoplay } } });
}

/** The year the map builds the zones up to; null shows every zone. */
export function setTimelineYear(store: AppStore, year: number | null): void {
  store.setState({ timeline: { ...store.getState().timeline, year } });
}

export function setTimelinePlaying(store: AppStore, playing: boolean): void {
  store.setState({ timeline: { ...store.getState().timeline, playing } });
}

export function setBasemap(store: AppStore, basemap: BasemapChoice): void {
  store.setState({ basemap });
}

export function setDisplayScale(store: AppStore, displayScale: number): void {
  if (store.getState().displayScale !== displayScale) store.setState({ displayScale });
}
