import { scryptSync, type ScryptOptions } from 'node:crypto';
import { lowerThreadPriority } from '../shared/thread-priority';

// Hashing takes only the CPU that redirects leave: under a flood of sign-ups and log-ins the hashes
// slow down, not the redirects.
lowerThreadPriority(19);

export interface HashTask {
  password: string;
  salt: Uint8Array;
  keyLength: number;
  options: ScryptOptions;
}

export default function hash(task: HashTask): Uint8Array {
  return scryptSync(task.password, task.salt, task.keyLength, task.options);
}
