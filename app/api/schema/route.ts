import * as z from 'zod/mini';
import { allowedMethods, estimateRequestSchema, methodNotAllowed } from '@/lib/api';

export const dynamic = 'force-static';

// Generated from the same zod schema the API validates with; never written by hand.
const schema = z.toJSONSchema(estimateRequestSchema, { io: 'input', unrepresentable: 'any' });

export function GET() {
  return Response.json(schema, { headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=86400' } });
}

const notAllowed = (request: Request) => methodNotAllowed(request, 'GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

export const OPTIONS = () => allowedMethods('GET');
