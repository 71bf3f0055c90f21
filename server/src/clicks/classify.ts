import { isbot } from 'isbot';
import UAParser from 'ua-parser-js';

export type Platform = 'desktop' | 'mobile' | 'tablet' | 'other';

export interface UserAgentInfo {
  browser: string;
  browserVersion: string | null;
  os: string;
  platform: Platform;
  /** The bot family when the client is automated ("WhatsApp preview", "Googlebot" …), else null. */
  botAgent: string | null;
}

/**
 * Link-preview fetchers and well-known crawlers, most specific first. Chat apps fetch every pasted link to
 * draw a preview: those fetches must never count as customers, but naming them shows a message went out.
 */
const BOT_FAMILIES: [RegExp, string][] = [
  [/^WhatsApp\//i, 'WhatsApp preview'],
  [/Macintosh.*facebookexternalhit.*Twitterbot/i, 'iMessage preview'],
  [/TelegramBot/i, 'Telegram preview'],
  [/Slackbot|Slack-ImgProxy/i, 'Slack preview'],
  [/Discordbot/i, 'Discord preview'],
  [/SkypeUriPreview/i, 'Skype preview'],
  [/MicrosoftPreview/i, 'Microsoft Teams preview'],
  [/LinkedInBot/i, 'LinkedIn preview'],
  [/Twitterbot/i, 'X preview'],
  [/facebookexternalhit|Facebot|meta-externalagent|meta-externalfetcher/i, 'Facebook preview'],
  // The preview fetcher names only itself; Viber's in-app browser is a full browser UA ending in Viber/x.
  [/^Viber\b/i, 'Viber preview'],
  [/Snap URL Preview/i, 'Snapchat preview'],
  [/Pinterestbot/i, 'Pinterest preview'],
  [/redditbot/i, 'Reddit preview'],
  [/Googlebot|Google-InspectionTool|GoogleOther|Storebot-Google|AdsBot-Google/i, 'Googlebot'],
  [/bingbot|BingPreview/i, 'Bingbot'],
  [/Applebot/i, 'Applebot'],
  [/YandexBot/i, 'YandexBot'],
  [/DuckDuckBot/i, 'DuckDuckBot'],
  [/Baiduspider/i, 'Baiduspider'],
  [/GPTBot|ChatGPT-User|OAI-SearchBot|ClaudeBot|Claude-User|PerplexityBot|CCBot/i, 'AI crawler'],
  [
    /Barracuda|Proofpoint|Mimecast|Symantec|MessageLabs|Trend ?Micro|Forcepoint|Microsoft Office|ms-office|SafeLinks/i,
    'Email link scanner',
  ],
  [/UptimeRobot|Pingdom|StatusCake|Site24x7/i, 'Uptime monitor'],
  [/HeadlessChrome|PhantomJS|Puppeteer|Playwright|Selenium/i, 'Headless browser'],
  [/^curl\//i, 'curl'],
  [/^Wget\//i, 'Wget'],
  [/python-requests|python-urllib|aiohttp|httpx/i, 'Python script'],
  [/^Go-http-client/i, 'Go script'],
  [/^node-fetch|^axios|^undici|^got /i, 'Node.js script'],
  [/^Java\/|Apache-HttpClient|okhttp/i, 'Java script'],
];

/** Whether a bot family is a chat or social app drawing a link preview: a sign the link was shared. */
export function isLinkPreview(botAgent: string): boolean {
  return botAgent.endsWith(' preview');
}

/** In-app browsers of chat and social apps, reported under the app's name (a person, not a bot). */
const IN_APP_BROWSERS: [RegExp, string][] = [
  [/WhatsApp/i, 'WhatsApp'],
  [/Instagram/i, 'Instagram'],
  [/FBAN|FBAV|FB_IAB|FBIOS|FB4A/, 'Facebook'],
  [/\bMessenger\b|MessengerForiOS|Orca-Android/i, 'Messenger'],
  [/Telegram/i, 'Telegram'],
  [/Viber/i, 'Viber'],
  [/\bLine\//, 'LINE'],
  [/Snapchat/i, 'Snapchat'],
  [/musical_ly|TikTok|BytedanceWebview|trill_/i, 'TikTok'],
  [/MicroMessenger/i, 'WeChat'],
  [/LinkedInApp/i, 'LinkedIn'],
  [/Twitter for|TwitterAndroid/i, 'X'],
  [/Pinterest/i, 'Pinterest'],
  [/GSA\//, 'Google App'],
];

/** ua-parser-js names mapped to the product's stable names (mobile and desktop share one name). */
const BROWSER_NAMES: Record<string, string> = {
  'Mobile Safari': 'Safari',
  Safari: 'Safari',
  Chrome: 'Chrome',
  'Mobile Chrome': 'Chrome',
  'Chrome Headless': 'Chrome',
  'Chrome WebView': 'Android WebView',
  'Android Browser': 'Android Browser',
  Chromium: 'Chromium',
  Firefox: 'Firefox',
  'Mobile Firefox': 'Firefox',
  'Firefox Focus': 'Firefox',
  Edge: 'Edge',
  'Samsung Browser': 'Samsung Internet',
  Opera: 'Opera',
  'Opera Mini': 'Opera',
  'Opera Mobi': 'Opera',
  'Opera Touch': 'Opera',
  'Opera GX': 'Opera',
  IE: 'Internet Explorer',
  IEMobile: 'Internet Explorer',
  UCBrowser: 'UC Browser',
  Yandex: 'Yandex',
  Brave: 'Brave',
  Vivaldi: 'Vivaldi',
  DuckDuckGo: 'DuckDuckGo',
  'MIUI Browser': 'MIUI Browser',
  'Huawei Browser': 'Huawei Browser',
  Silk: 'Silk',
};

const OS_NAMES: Record<string, string> = {
  'Mac OS': 'macOS',
  macOS: 'macOS',
  iOS: 'iOS',
  Windows: 'Windows',
  'Windows Phone': 'Windows Phone',
  Android: 'Android',
  'Chromium OS': 'ChromeOS',
  'Chrome OS': 'ChromeOS',
  HarmonyOS: 'HarmonyOS',
  Linux: 'Linux',
  Ubuntu: 'Linux',
  Debian: 'Linux',
  Fedora: 'Linux',
  Arch: 'Linux',
  Mint: 'Linux',
  CentOS: 'Linux',
  RedHat: 'Linux',
  SUSE: 'Linux',
  Gentoo: 'Linux',
  FreeBSD: 'FreeBSD',
  KAIOS: 'KaiOS',
  Tizen: 'Tizen',
};

const DESKTOP_OS = new Set(['Windows', 'macOS', 'Linux', 'ChromeOS', 'FreeBSD']);
const MOBILE_OS = new Set(['iOS', 'Android', 'HarmonyOS', 'Windows Phone', 'KaiOS']);

function botFamily(ua: string): string | null {
  if (ua.trim() === '') return 'Empty user agent';
  for (const [pattern, name] of BOT_FAMILIES) if (pattern.test(ua)) return name;
  return isbot(ua) ? 'Other bot' : null;
}

/** Parses a user agent into the product's browser, OS, platform and bot family. */
export function parseUserAgent(rawUa: string | undefined): UserAgentInfo {
  const ua = (rawUa ?? '').slice(0, 1024);
  const botAgent = botFamily(ua);
  const result = new UAParser(ua).getResult();

  const os = result.os.name ? (OS_NAMES[result.os.name] ?? result.os.name) : 'Unknown';
  let browser = result.browser.name ? (BROWSER_NAMES[result.browser.name] ?? result.browser.name) : 'Unknown';
  let browserVersion = result.browser.major ?? null;
  if (!botAgent) {
    const inApp = IN_APP_BROWSERS.find(([pattern]) => pattern.test(ua));
    if (inApp) {
      browser = inApp[1];
      browserVersion = null;
    }
  }

  let platform: Platform;
  switch (result.device.type) {
    case 'mobile':
      platform = 'mobile';
      break;
    case 'tablet':
      platform = 'tablet';
      break;
    case 'smarttv':
    case 'console':
    case 'wearable':
    case 'embedded':
    case 'xr':
      platform = 'other';
      break;
    default:
      platform = DESKTOP_OS.has(os) ? 'desktop' : MOBILE_OS.has(os) ? 'mobile' : 'other';
  }
  return { browser, browserVersion: browserVersion?.slice(0, 20) ?? null, os, platform, botAgent };
}
