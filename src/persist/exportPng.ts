import { ZONE_KINDS } from '../domain/zone';
import { formatPercent, formatSquareKilometres } from '../i18n/formatNumber';
import { translate } from '../i18n/translate';
import { cssColour, zoneKindColour } from '../map/zoneColours';
import type { ZoneMap } from '../map/zoneMap';
import { selectCoverageReading } from '../presenter/coverageReading';
import type { AppState } from '../state/store';
import { kindLabel } from '../ui/labels';
import { download } from './download';

/** `screen`: the map as drawn, every device pixel. `uhd`: 3840 × 2160 for slides and 4K screens. */
export type ExportSize = 'screen' | 'uhd';
export const UHD_WIDTH = 3840;
export const UHD_HEIGHT = 2160;

export interface ExportedPicture {
  blob: Blob;
  width: number;
  height: number;
  fileName: string;
}

const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Resolves after the map has drawn a complete frame (sources loaded, no animation). */
function nextIdle(zoneMap: ZoneMap): Promise<void> {
  return new Promise((resolve) => {
    zoneMap.map.once('idle', () => resolve());
    zoneMap.map.triggerRepaint();
  });
}

/**
 * Draws the map at 3840 × 2160: the map's box is widened or heightened to 16:9 around the current
 * view (same centre and zoom, so everything now on screen is in the picture) and drawn at the
 * pixel ratio that makes it 3840 pixels wide; then put back.
 */
async function drawUhd(zoneMap: ZoneMap, draw: (source: HTMLCanvasElement) => void): Promise<void> {
  const map = zoneMap.map;
  const container = map.getContainer();
  const aspect = UHD_WIDTH / UHD_HEIGHT;
  const width = Math.max(container.clientWidth, container.clientHeight * aspect);
  const saved = { width: container.style.width, height: container.style.height, right: container.style.right, bottom: container.style.bottom };
  container.style.setProperty('right', 'auto');
  container.style.setProperty('bottom', 'auto');
  container.style.setProperty('width', `${width}px`);
  container.style.setProperty('height', `${width / aspect}px`);
  map.resize();
  zoneMap.setPixelRatio(UHD_WIDTH / width);
  try {
    await nextIdle(zoneMap);
    draw(map.getCanvas());
  } finally {
    for (const [property, value] of Object.entries(saved)) container.style.setProperty(property, value);
    zoneMap.setPixelRatio(window.devicePixelRatio);
    map.resize();
  }
}

interface Panel {
  x: number;
  y: number;
  width: number;
  height: number;
}

function roundedPanel(context: CanvasRenderingContext2D, panel: Panel, radius: number, fill: string): void {
  context.fillStyle = fill;
  context.beginPath();
  context.roundRect(panel.x, panel.y, panel.width, panel.height, radius);
  context.fill();
}

/**
 * Title, illustrative notice, legend, coverage gauge, area method and attribution over the map,
 * sized in proportion to the picture, in the dark theme when presenting.
 */
function drawFurniture(context: CanvasRenderingContext2D, width: number, height: number, state: AppState, attribution: string): void {
  const { language } = state;
  // A 1280 × 720 picture gets the sizes a laptop screen shows; larger pictures scale up with their smaller side.
  const unit = Math.max(width / 1280, height / 720);
  const dark = state.presenter.active;
  const ink = dark ? '#f2f5fa' : '#1d2430';
  const muted = dark ? '#c3ccd8' : '#4a5260';
  const panelFill = dark ? 'rgba(8, 12, 18, 0.86)' : 'rgba(255, 255, 255, 0.9)';
  const pad = 12 * unit;
  const font = (size: number, weight = 400) => `${weight} ${size * unit}px ${FONT_FAMILY}`;
  context.textBaseline = 'top';

  // Title and notice, top left.
  const title = translate(language, 'app.title');
  const notice = state.zones.some((zone) => zone.properties.geometry_status !== 'authoritative') ? translate(language, 'app.illustrative') : '';
  context.font = font(24, 700);
  const titleWidth = context.measureText(title).width;
  context.font = font(13);
  const noticeWidth = notice ? context.measureText(notice).width : 0;
  roundedPanel(context, { x: pad, y: pad, width: Math.max(titleWidth, noticeWidth) + 2 * pad, height: (notice ? 62 : 42) * unit + pad }, 8 * unit, panelFill);
  context.fillStyle = ink;
  context.font = font(24, 700);
  context.fillText(title, 2 * pad, 1.6 * pad);
  if (notice) {
    context.fillStyle = dark ? '#ffd27a' : '#7a4a00';
    context.font = font(13);
    context.fillText(notice, 2 * pad, 1.6 * pad + 34 * unit);
  }

  // Gauge, legend and method, bottom left.
  const reading = selectCoverageReading(state);
  const boxWidth = 360 * unit;
  const boxHeight = 138 * unit;
  const box = { x: pad, y: height - boxHeight - pad - 24 * unit, width: boxWidth, height: boxHeight };
  roundedPanel(context, box, 8 * unit, panelFill);
  let y = box.y + pad;
  context.fillStyle = ink;
  context.font = font(17, 700);
  const heading = reading.ready && reading.year !== null ? translate(language, 'presenter.gaugeYear', { year: reading.year }) : translate(language, 'presenter.gaugeTitle');
  const value = reading.ready
    ? `${formatSquareKilometres(language, reading.unionSquareMetres)} / ${formatSquareKilometres(language, reading.targetSquareMetres)} ${translate(language, 'unit.km2')} · ${formatPercent(language, reading.unionSquareMetres / reading.targetSquareMetres)}`
    : translate(language, 'coverage.computing');
  context.fillText(`${heading}: ${value}`, box.x + pad, y, box.width - 2 * pad);
  y += 28 * unit;
  const barWidth = box.width - 2 * pad;
  const barHeight = 12 * unit;
  context.fillStyle = dark ? '#2c3442' : '#e5e8ec';
  context.fillRect(box.x + pad, y, barWidth, barHeight);
  if (reading.ready) {
    const scale = Math.max(reading.unionSquareMetres, reading.targetSquareMetres);
    context.fillStyle = dark ? '#56b4e9' : '#0072b2';
    context.fillRect(box.x + pad, y, (barWidth * reading.unionSquareMetres) / scale, barHeight);
    context.fillStyle = ink;
    context.fillRect(box.x + pad + (barWidth * reading.targetSquareMetres) / scale - unit, y - 3 * unit, 2 * unit, barHeight + 6 * unit);
  }
  y += barHeight + 14 * unit;
  context.font = font(13);
  let x = box.x + pad;
  for (const kind of ZONE_KINDS) {
    const colour = zoneKindColour(kind);
    context.fillStyle = cssColour(colour, 0.85);
    context.fillRect(x, y, 14 * unit, 14 * unit);
    context.fillStyle = ink;
    const label = kindLabel(language, kind);
    context.fillText(label, x + 20 * unit, y);
    x += 20 * unit + context.measureText(label).width + 14 * unit;
  }
  y += 30 * unit;
  context.fillStyle = muted;
  context.font = font(11.5);
  context.fillText(translate(language, 'coverage.method'), box.x + pad, y, box.width - 2 * pad);

  // Attribution, bottom right.
  context.font = font(11.5);
  const attributionWidth = Math.min(context.measureText(attribution).width, width - 2 * pad - box.width - 4 * pad);
  const attributionBox = { x: width - attributionWidth - 2 * pad - pad, y: height - 22 * unit - pad, width: attributionWidth + 2 * pad, height: 22 * unit };
  roundedPanel(context, attributionBox, 4 * unit, panelFill);
  context.fillStyle = muted;
  context.fillText(attribution, attributionBox.x + pad, attributionBox.y + 5 * unit, attributionWidth);
}

/**
 * A PNG of the current view with its title, legend, coverage gauge, attribution and the area
 * method, for slides. The map canvas keeps its last frame (`preserveDrawingBuffer`), so it can be
 * copied; the rest is drawn with the 2D canvas API, text as text.
 */
export async function exportMapPicture(zoneMap: ZoneMap, state: AppState, size: ExportSize): Promise<ExportedPicture> {
  const attribution = (zoneMap.map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const picture = document.createElement('canvas');
  const compose = (source: HTMLCanvasElement) => {
    picture.width = size === 'uhd' ? UHD_WIDTH : source.width;
    picture.height = size === 'uhd' ? UHD_HEIGHT : source.height;
    const context = picture.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(source, 0, 0, picture.width, picture.height);
    drawFurniture(context, picture.width, picture.height, state, attribution);
  };
  if (size === 'uhd') await drawUhd(zoneMap, compose);
  else {
    await nextIdle(zoneMap);
    compose(zoneMap.map.getCanvas());
  }
  const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return { blob, width: picture.width, height: picture.height, fileName: `tianjin-cv-zones-${picture.width}x${picture.height}.png` };
}

/** Hands the picture to the browser's downloads. */
export function downloadPicture(picture: ExportedPicture): void {
  download(picture.blob, picture.fileName);
}
