import type { MessageKey } from '../../i18n/zh-CN';
import type { BasemapChoice, BasemapId } from './basemapChoice';

const NAME_KEYS: Record<BasemapId, MessageKey> = {
  offline: 'basemap.offline',
  openfreemap: 'basemap.openfreemap',
  osm: 'basemap.osm',
  tianditu: 'basemap.tianditu',
  amap: 'basemap.amap',
  custom: 'basemap.custom',
};

export function basemapNameKey(choice: BasemapChoice | BasemapId): MessageKey {
  return NAME_KEYS[typeof choice === 'string' ? choice : choice.id];
}
