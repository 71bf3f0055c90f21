/** The API's platform values ("mobile", "other") as people read them; the API names stay as they are. */
const PLATFORMS: Record<string, string> = {
  desktop: 'Desktop',
  mobile: 'Mobile',
  tablet: 'Tablet',
  other: 'Other',
};

export const platformName = (name: string): string => PLATFORMS[name] ?? name;

/** "WhatsApp preview" → "WhatsApp": the card already says these are previews. */
export const chatAppName = (agent: string): string => agent.replace(/ preview$/, '');
