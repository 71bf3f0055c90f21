import type { Platform } from './classify';

export type Classification = 'UNIQUE' | 'REPEAT' | 'BOT';

/** A click as captured by the redirect, before the writer classifies and stores it. */
export interface CapturedClick {
  linkId: string;
  clickedAt: Date;
  /** Non-bot clicks: the key that decides uniqueness (cookie when sent, else address + user agent). */
  visitorKey: string | null;
  /** Other keys that identify the same visitor from now on (the address hash, or a newly minted cookie). */
  alsoKnownAs: string[];
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  browser: string;
  browserVersion: string | null;
  os: string;
  platform: Platform;
  referrerHost: string | null;
  botAgent: string | null;
  ipPrefix: string | null;
  userAgent: string | null;
}
