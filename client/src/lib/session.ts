/** A tiny bus so the Apollo link can tell the router that the session has ended. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifySessionExpired(): void {
  for (const listener of listeners) listener();
}

// Whether this browser was signed in when last seen. Only a hint, never trusted for access: it lets the
// first screen ask for its data while "who am I" is still on its way, instead of one after the other.
const SIGNED_IN_KEY = 'smart-links:signed-in';

export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage can be disabled; the app then simply waits for "who am I" first.
  }
}

export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}
