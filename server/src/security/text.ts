/**
 * Characters refused in names and titles that people read: C0 controls and DEL, and the invisible
 * bidirectional controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
 * U+200E/U+200F and U+061C), with which "Safe\u202Egnp.exe" displays as "Safeexe.png".
 */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const hasUnsafeCharacters = (text: string): boolean => UNSAFE_TEXT.test(text);
