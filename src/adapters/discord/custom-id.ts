// The buttons' custom ids: the reply codec's tagged form, held to Discord's 100 characters.
import { contextButtonId as contextId, decodeButton, encodeButton as encodeTagged, type ButtonAction } from '../../reply/codec.ts';
import { LIMITS } from './limits.ts';

export { decodeButton, type ButtonAction };

/** The custom id of `action`; a context id too long to fit is an error (use contextButtonId). */
export function encodeButton(action: ButtonAction): string {
  const id = encodeTagged(action, LIMITS.customId);
  if (id === null) throw new RangeError(`custom id over ${LIMITS.customId} characters for a ${action.kind} button`);
  return id;
}

/** The custom id of `action`, or null when its state does not fit. */
export const tryEncodeButton = (action: ButtonAction): string | null => encodeTagged(action, LIMITS.customId);

/** The context button for a passage: its citation when it fits, else its file's key and line. */
export const contextButtonId = (source: string, line: number): string => contextId(source, line, LIMITS.customId);
