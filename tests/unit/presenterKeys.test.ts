import { describe, expect, it } from 'vitest';
import { keyPausesAutoplay, presenterCommandFor } from '../../src/presenter/presenterKeys';
import { roomScale } from '../../src/presenter/roomScale';

describe('presenter keys', () => {
  it('P is the only key outside presenter mode', () => {
    expect(presenterCommandFor({ key: 'p' }, false)).toBe('toggle');
    expect(presenterCommandFor({ key: 'ArrowRight' }, false)).toBeNull();
    expect(presenterCommandFor({ key: 'p', targetIsEditable: true }, false)).toBeNull();
    expect(presenterCommandFor({ key: 'p', ctrlKey: true }, false)).toBeNull();
  });

  it('clicker and keyboard keys drive the tour', () => {
    const commands = ['PageDown', 'ArrowRight', ' ', 'PageUp', 'ArrowLeft', 'Home', 'End', 'b', 'B', '.', 'Escape', 'P', 'f'].map((key) => presenterCommandFor({ key }, true));
    expect(commands).toEqual(['next', 'next', 'next', 'previous', 'previous', 'overview', 'end', 'blank', 'blank', 'blank', 'leave', 'toggle', 'fullscreen']);
    expect(presenterCommandFor({ key: 'x' }, true)).toBeNull();
  });

  it('Space and Enter on a focused button belong to the button; typing in a field belongs to the field', () => {
    expect(presenterCommandFor({ key: ' ', targetIsButton: true }, true)).toBeNull();
    expect(presenterCommandFor({ key: 'PageDown', targetIsButton: true }, true)).toBe('next');
    expect(presenterCommandFor({ key: 'ArrowRight', targetIsEditable: true }, true)).toBeNull();
    expect(keyPausesAutoplay({ key: ' ', targetIsButton: true })).toBe(false);
    expect(keyPausesAutoplay({ key: 'Shift' })).toBe(false);
    expect(keyPausesAutoplay({ key: 'a' })).toBe(true);
    expect(keyPausesAutoplay({ key: 'PageDown' })).toBe(true);
  });
});

describe('room scale', () => {
  it('is 1 up to 1280 × 720 CSS pixels and grows with the smaller side beyond', () => {
    expect(roomScale(1280, 720)).toBe(1);
    expect(roomScale(1024, 600)).toBe(1);
    expect(roomScale(1920, 1080)).toBe(1.5);
    expect(roomScale(3840, 2160)).toBe(3);
    // A wide, short window scales with its height.
    expect(roomScale(3840, 1080)).toBe(1.5);
    expect(roomScale(10000, 8000)).toBe(4);
    expect(roomScale(0, 0)).toBe(1);
  });
});
