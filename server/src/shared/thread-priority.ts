import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority (nice 10 unless told) below the main thread's, which answers
 * redirects: on Linux each thread has its own nice value. Elsewhere, or when not allowed, nothing changes.
 */
export function lowerThreadPriority(nice = 10): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid)) setPriority(tid, nice);
  } catch {
    // The thread keeps the process's priority.
  }
}
