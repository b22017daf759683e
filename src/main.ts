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

  const [basemap, zones] = await Promise.all([loadBasemapData(), loadDefaultZones()]);
  for (const problem of [...basemap.problems, ...zones.problems]) reportProblem(store, problem);
  setDistricts(store, basemap.districts);
  setZones(store, zones.zones);

  const zoneMap = new ZoneMap({
    container: requiredElement('map'),
    store,
    districts: basemap.districts,
    contextLand: basemap.contextLand,
    attribution: translate(store.getState().language, 'map.attribution'),
  });
  await zoneMap.whenDrawn();
  performance.mark('data-ready');
  document.documentElement.dataset.ready = 'true';

  // Areas and coverage are not needed for the first frame: their worker (geodesy, polygon
  // clipping) loads after it.
  const { startCoverageSync } = await import('./worker/coverageSync');
  startCoverageSync(store);
}

void start();
