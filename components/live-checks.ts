/**
 * Field validation (zod), fetched apart from the engine and the results' code, so that neither chunk
 * takes long to start on a phone. Neither is in the page's first load.
 */
export { parseField, parseProfileQuery } from '@/lib/share-link';
