import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import './ui/import/editing.css';
import { loadBasemapData, type DataFileProblem } from './data/loadBasemapData';
import { loadDefaultZones } from './data/loadDefaultZones';
import { translate } from './i18n/translate';
import { ZoneMap } from './map/zoneMap';
import { registerOfflineCache } from './offline/registerServiceWorker';
import { startPresentation } from './presenter/startPresentation';
import { loadZones, raiseAlert, setDistricts } from './state/actions';
import { startAutosave } from './persist/autosave';
import { ZoneDatabase } from './persist/zoneDatabase';
import { syncStoreWithHash } from './state/hashSync';
import { createAppStore, type AppStore } from './state/store';
import { mountAlerts } from './ui/alerts';
import { mountCoveragePanel } from './ui/coveragePanel';
import { mountFilterPanel } from './ui/filterPanel';
import { mountHeader } from './ui/header';
import { mountHoverTooltip } from './ui/hoverTooltip';
import { mountInspector } from './ui/inspector';
import { mountZoneList } from './ui/zoneList';
import { mountDataPanel } from './ui/dataPanel';
import { importFromUrlParameter, listenForDroppedAndPastedFiles } from './ui/import/importEntryPoints';
import { ImportQueue } from './ui/import/importQueue';
import { mountImportReview } from './ui/import/importReview';
import { workingCopyCommands } from './persist/workingCopyCommands';

function requiredElement(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html lacks #${id}`);
  return found;
}

function reportProblem(store: AppStore, problem: DataFileProblem): void {
  const key = problem.kind === 'missing' ? 'alert.dataFileMissing' : problem.kind === 'corrupt' ? 'alert.dataFileCorrupt' : 'alert.dataFileInvalid';
  raiseAlert(store, 'error', key, { file: problem.file, reason: problem.reason }, problem.importMessages);
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

/** The import review floats over the map's right side, likewise. */
function coveredRightPixels(review: HTMLElement, map: HTMLElement): number {
  const mapBox = map.getBoundingClientRect();
  if (review.hidden || mapBox.width < 800) return 0;
  return Math.max(0, mapBox.right - review.getBoundingClientRect().left);
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
  const importQueue = new ImportQueue(store);
  mountImportReview(requiredElement('import-review'), store, importQueue);

  const zoneMap = new ZoneMap({
    container: requiredElement('map'),
    store,
    attribution: translate(store.getState().language, 'map.attribution'),
    coveredLeftPixels: () => coveredLeftPixels(requiredElement('inspector'), requiredElement('map')),
    coveredRightPixels: () => coveredRightPixels(requiredElement('import-review'), requiredElement('map')),
  });
  startPresentation(store, zoneMap, {
    presenter: requiredElement('presenter'),
    timeline: requiredElement('timeline'),
    basemap: requiredElement('basemap'),
    presentation: requiredElement('presentation'),
  });
  const basemapLoaded = loadBasemapData().then(async ({ districts, contextLand, problems }) => {
    for (const problem of problems) reportProblem(store, problem);
    setDistricts(store, districts);
    await zoneMap.setBasemapData({ districts, contextLand });
    // Marks (here, 'zones-loaded', 'map-loaded', 'data-ready') show the page-load bench where the time goes.
    performance.mark('basemap-data-set');
  });
  // The editor's saved working copy, when there is one, wins over the shipped default file.
  const databaseOpened = ZoneDatabase.open().catch(() => null);
  const defaultsLoaded = loadDefaultZones();
  // Zones are put in the store once the basemap's data is on the map: put in before the map had
  // loaded, the first picture took 1.2–1.5 s longer in a third of runs (see the page-load bench).
  // Not forever, though: a map that cannot start (no WebGL) must not keep the list and totals empty.
  const basemapFirst = Promise.race([basemapLoaded, new Promise<void>((resolve) => setTimeout(resolve, 5000))]);
  const zonesLoaded = Promise.all([defaultsLoaded, databaseOpened.then((database) => database?.load().catch(() => null) ?? null), basemapFirst]).then(
    ([defaults, saved]) => {
      if (saved) {
        loadZones(store, saved.zones, saved.revision, saved.otherFeatures);
      } else {
        for (const problem of defaults.problems) reportProblem(store, problem);
        loadZones(store, defaults.zones);
      }
      zoneMap.frameInitialView();
      performance.mark('zones-loaded');
    },
  );
  await Promise.all([basemapLoaded, zonesLoaded]);
  await zoneMap.whenDrawn();
  performance.mark('data-ready');
  document.documentElement.dataset.ready = 'true';
  // The offline cache fills after the first picture, not in its way.
  void registerOfflineCache();

  // Areas and coverage are not needed for the first frame: their worker (geodesy, polygon
  // clipping) loads after it.
  const { startCoverageSync } = await import('./worker/coverageSync');
  startCoverageSync(store);
  const database = await databaseOpened;
  // getRandomValues, unlike randomUUID, also works on plain-http intranet hosts.
  const tabId = Array.from(crypto.getRandomValues(new Uint32Array(2)), (part) => part.toString(36)).join('');
  if (database) startAutosave(store, database, tabId);
  else raiseAlert(store, 'warning', 'alert.storageUnavailable', {});

  // Editing: the data panel, drop and paste anywhere, and ?data=URL.
  const defaultZones = (await defaultsLoaded).zones;
  mountDataPanel(requiredElement('data'), store, {
    importFiles: (files) => importQueue.add(files.map((file) => ({ name: file.name, source: file }))),
    ...workingCopyCommands(store, () => database, () => defaultZones),
  });
  listenForDroppedAndPastedFiles(store, importQueue, requiredElement('drop-hint'));
  void importFromUrlParameter(store, importQueue);
}

void start();
