/**
 * What a key does in presenter mode. Presentation clickers send PageDown/PageUp (some send
 * arrows, `B` or `.` for a black screen, F5/Esc for start and stop). Pure: the caller passes what
 * it knows about the event and where it was aimed.
 */
export type PresenterCommand = 'toggle' | 'next' | 'previous' | 'overview' | 'end' | 'blank' | 'leave' | 'fullscreen';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Aimed at a text field, select or other control that uses the key itself. */
  targetIsEditable?: boolean;
  /** Aimed at a button or link, which Space and Enter activate. */
  targetIsButton?: boolean;
}

const PRESENTING_KEYS: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'overview',
  End: 'end',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  p: 'toggle',
  P: 'toggle',
  f: 'fullscreen',
  F: 'fullscreen',
};

export function presenterCommandFor(input: KeyInput, presenting: boolean): PresenterCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.targetIsEditable) return null;
  if (!presenting) return input.key === 'p' || input.key === 'P' ? 'toggle' : null;
  if (input.targetIsButton && (input.key === ' ' || input.key === 'Enter')) return null;
  return Object.hasOwn(PRESENTING_KEYS, input.key) ? PRESENTING_KEYS[input.key]! : null;
}

/**
 * Whether a key pauses autoplay: any key in presenter mode, except Space or Enter on a focused
 * button (the button decides, e.g. the play button itself) and bare modifier keys.
 */
export function keyPausesAutoplay(input: KeyInput): boolean {
  if (['Shift', 'Control', 'Alt', 'Meta'].includes(input.key)) return false;
  return !(input.targetIsButton && (input.key === ' ' || input.key === 'Enter'));
}

/** What the caller reads from a DOM event target. */
export function describeKeyTarget(target: EventTarget | null): Pick<KeyInput, 'targetIsEditable' | 'targetIsButton'> {
  if (!(target instanceof HTMLElement)) return { targetIsEditable: false, targetIsButton: false };
  const editable = target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  const button = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.getAttribute('role') === 'button';
  return { targetIsEditable: editable, targetIsButton: button };
}
