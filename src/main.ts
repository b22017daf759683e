import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { loadBasemapData, type DataFileProblem } from './data/loadBasemapData';
import { loadDefaultZones } from './data/loadDefaultZones';
import { translate } from './i18n/translate';
import { ZoneMap } from './map/zoneMap';
import { raiseAlert, setDistricts, setZones } from './state/actions';
import { syncStoreWithHash } from './state/hashSync';
import { createAppStore, type AppStore } from './state/store';
import { mountAlerts } from './ui/alerts';
import { mountCoveragePanel } from './ui/coveragePanel';
import { mountFilterPanel } from './ui/filterPanel';
import { mountHeader } from './ui/header';
import { mountHoverTooltip } from './ui/hoverTooltip';
import { mountInspector } from './ui/inspector';
import { mountZoneList } from './ui/zoneList';

function requiredElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html lacks #${id}`);
  return found;
}

function reportProblem(store: AppStore, problem: DataFileProblem): void {
  const key = problem.kind === 'missing' ? 'alert.dataFileMissing' : problem.kind === 'corrupt' ? 'alert.dataFileCorrupt' : 'alert.dataFileInvalid';
  raiseAlert(store, 'error', key, { file: problem.file, reason: problem.reason });
}

/**
 * The inspector floats over the map's left side; a zone being framed is kept clear of it on wide
 * screens (on narrow ones it covers the map anyway and is closed to see it).
 */
function coveredLeftPixels(inspector: HTMLElement, map: HTMLElement): number {
  const mapBox = map.getBoundingClientRect();
  if (inspector.hidden || mapBox.width < 800) return 0;
  return Math.max(0, inspector.getBoundingClientRect().right - mapBox.left);
}

/** Bootstrap: store, panels, data, map, area worker. Nothing else lives here. */
async function start(): Promise<void> {
  const store = createAppStore();
  syncStoreWithHash(store);
  mountHeader(requiredElement('app-header'), store);
  mountAlerts(requiredElement('alerts'), store);
  mountFilterPanel(requiredElement('filters'), store);
  mountCoveragePanel(requiredElement('coverage'), store);
  mountZoneList(requiredElement('zones'), store);
  mountInspector(requiredElement('inspector'), store);
  mountHoverTooltip(requiredElement('hover-tooltip'), store);

  const zoneMap = new ZoneMap({
    container: requiredElement('map'),
    store,
    attribution: translate(store.getState().language, 'map.attribution'),
    coveredLeftPixels: () => coveredLeftPixels(requiredElement('inspector'), requiredElement('map')),
  });
  const basemapLoaded = loadBasemapData().then(async ({ districts, contextLand, problems }) => {
    for (const problem of problems) reportProblem(store, problem);
    setDistricts(store, districts);
    await zoneMap.setBasemapData({ districts, contextLand });
  });
  const zonesLoaded = loadDefaultZones().then(({ zones, problems }) => {
    for (const problem of problems) reportProblem(store, problem);
    setZones(store, zones);
    zoneMap.frameInitialView();
  });
  await Promise.all([basemapLoaded, zonesLoaded]);
  await zoneMap.whenDrawn();
  performance.mark('data-ready');
  document.documentElement.dataset.ready = 'true';

  // Areas and coverage are not needed for the first frame: their worker (geodesy, polygon
  // clipping) loads after it.
  const { startCoverageSync } = await import('./worker/coverageSync');
  startCoverageSync(store);
}

void start();
