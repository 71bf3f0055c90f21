/**
 * Items per page of every list (links, campaigns, recipients, webhook deliveries): "Load more" and
 * Previous/Next move by as many. The server's default page size is the same.
 */
export const PAGE_SIZE = 25;
