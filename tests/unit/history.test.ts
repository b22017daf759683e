import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../src/domain/zone';
import { commitZoneChange, loadZones, redo, selectZone, undo } from '../../src/state/actions';
import { createAppStore } from '../../src/state/store';

function zone(id: string): ZoneFeature {
  return {
    type: 'Feature',
    properties: { id, name_zh: id, name_en: id, district: '西青区', kind: 'scenario-area', scenarios: [], phase: 2021, source: 'test', geometry_status: 'illustrative' },
    geometry: { type: 'Polygon', coordinates: [[[117, 39], [117.1, 39], [117.1, 39.1], [117, 39]]] },
  };
}

const label = (name: string) => ({ messageKey: 'history.import' as const, parameters: { file: name } });

describe('undo and redo of zone changes', () => {
  it('steps back and forth through changes and marks each for saving', () => {
    const store = createAppStore();
    const initial = [zone('a')];
    loadZones(store, initial);
    expect(store.getState().persistence.status).toBe('default');
    const afterImport = [zone('a'), zone('b')];
    commitZoneChange(store, afterImport, label('b.geojson'));
    const afterSecond = [zone('c')];
    commitZoneChange(store, afterSecond, label('c.geojson'));
    expect(store.getState().persistence.status).toBe('unsaved');
    expect(store.getState().history.past.map((entry) => entry.label.parameters.file)).toEqual(['b.geojson', 'c.geojson']);

    undo(store);
    expect(store.getState().zones).toBe(afterImport);
    undo(store);
    expect(store.getState().zones).toBe(initial);
    undo(store);
    expect(store.getState().zones).toBe(initial);
    redo(store);
    expect(store.getState().zones).toBe(afterImport);
    expect(store.getState().history.future.map((entry) => entry.label.parameters.file)).toEqual(['c.geojson']);
    redo(store);
    expect(store.getState().zones).toBe(afterSecond);
    expect(store.getState().history.future).toEqual([]);
  });

  it('a new change after undoing drops the redo branch', () => {
    const store = createAppStore();
    loadZones(store, [zone('a')]);
    commitZoneChange(store, [zone('b')], label('b'));
    undo(store);
    commitZoneChange(store, [zone('c')], label('c'));
    expect(store.getState().history.future).toEqual([]);
    redo(store);
    expect(store.getState().zones.map((z) => z.properties.id)).toEqual(['c']);
  });

  it('drops a selection whose zone went away, and loading a saved copy starts a fresh history', () => {
    const store = createAppStore();
    loadZones(store, [zone('a'), zone('b')]);
    selectZone(store, 'b');
    commitZoneChange(store, [zone('a')], label('x'));
    expect(store.getState().selectedZoneId).toBeNull();
    loadZones(store, [zone('z')], 7);
    expect(store.getState().history).toEqual({ past: [], future: [] });
    expect(store.getState().persistence).toEqual({ status: 'saved', revision: 7 });
  });
});
