import type { CoverageResult } from '../domain/coverage';
import type { DistrictFeature } from '../domain/district';
import type { ZoneFeature } from '../domain/zone';
import type { Language } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';
import { EMPTY_FILTERS, type AppStore, type ZoneFilters, type ZoneHover } from './store';

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

/** Replaces the loaded zones; a selection that no longer exists is dropped. */
export function setZones(store: AppStore, zones: ZoneFeature[]): void {
  const { selectedZoneId } = store.getState();
  const stillExists = zones.some((zone) => zone.properties.id === selectedZoneId);
  store.setState({ zones, zoneAreaSquareMetresById: {}, selectedZoneId: stillExists ? selectedZoneId : null });
}

export function setZoneAreas(store: AppStore, zoneAreaSquareMetresById: Record<string, number>): void {
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

export function setFilters(store: AppStore, filters: ZoneFilters): void {
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
): void {
  const alert = { id: nextAlertId++, severity, messageKey, parameters };
  store.setState({ alerts: [...store.getState().alerts, alert] });
}

export function dismissAlert(store: AppStore, alertId: number): void {
  store.setState({ alerts: store.getState().alerts.filter((alert) => alert.id !== alertId) });
}
