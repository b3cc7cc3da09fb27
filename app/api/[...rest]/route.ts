import { apiNotFound } from '@/lib/api';

export const dynamic = 'force-dynamic';

export { apiNotFound as GET, apiNotFound as POST, apiNotFound as PUT, apiNotFound as PATCH, apiNotFound as DELETE, apiNotFound as OPTIONS };
