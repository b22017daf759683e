/**
 * How much larger than on a laptop type and lines are drawn in presenter mode. The reference is a
 * 1280 × 720 CSS-pixel view; a larger view scales up with its smaller side, so the text takes the
 * same share of the screen on any size of display (at 3 m from a 55" 4K screen, about 2 % of the
 * screen height for body text). Sizes are CSS pixels, which already include `devicePixelRatio`:
 * a 4K screen at ratio 2 (1920 × 1080 CSS px) gets 1.5, one at ratio 1 (3840 × 2160) gets 3, and
 * both show type of the same physical size, drawn with every device pixel.
 */
export const ROOM_REFERENCE_WIDTH = 1280;
export const ROOM_REFERENCE_HEIGHT = 720;
const MAXIMUM_SCALE = 4;

export function roomScale(widthCssPixels: number, heightCssPixels: number): number {
  if (!(widthCssPixels > 0) || !(heightCssPixels > 0)) return 1;
  const scale = Math.min(widthCssPixels / ROOM_REFERENCE_WIDTH, heightCssPixels / ROOM_REFERENCE_HEIGHT);
  return Math.round(Math.min(MAXIMUM_SCALE, Math.max(1, scale)) * 100) / 100;
}
