/** A link as the server answers it with every field the dashboard selects. */
export interface TestLink {
  __typename: 'Link';
  id: string;
  code: string;
  shortUrl: string;
  destinationUrl: string;
  title: string | null;
  status: 'ACTIVE' | 'EXPIRED';
  expiresAt: string | null;
  conversionTracking: boolean;
  createdAt: string;
  clickCount: number;
}

export function testLink(overrides: Partial<TestLink> = {}): TestLink {
  const code = overrides.code ?? 'spring26';
  return {
    __typename: 'Link',
    id: '7d3c1f4e-1111-4a4a-9b9b-000000000001',
    code,
    shortUrl: `http://sl.test/${code}`,
    destinationUrl: 'https://example.com/spring',
    title: 'Spring sale',
    status: 'ACTIVE',
    expiresAt: null,
    conversionTracking: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    clickCount: 12,
    ...overrides,
  };
}
