import { Initial1764072000000 } from './1764072000000-Initial';

/** Every migration, in order. Add new ones at the end. */
export const migrations = [Initial1764072000000];
