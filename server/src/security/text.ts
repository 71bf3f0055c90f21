/** Control characters: C0 (line breaks and tabs among them), DEL and C1. Refused in any text we store. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Also refused in names and titles that people read: the invisible bidirectional controls (embeddings
 * and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E/U+200F and U+061C), with which
 * "Safe\u202Egnp.exe" displays as "Safeexe.png".
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const hasControlCharacters = (text: string): boolean => CONTROL.test(text);

export const hasUnsafeCharacters = (text: string): boolean => CONTROL.test(text) || BIDI_CONTROL.test(text);
