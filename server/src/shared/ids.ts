const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else is treated as a missing id, never passed to SQL. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_RE.test(value);
