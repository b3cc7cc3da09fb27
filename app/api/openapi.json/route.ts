import { allowedMethods, methodNotAllowed } from '@/lib/api';
import { openApiDocument } from '@/lib/openapi';

export const dynamic = 'force-static';

const document = openApiDocument();

export function GET() {
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=86400' } });
}

const notAllowed = (request: Request) => methodNotAllowed(request, 'GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

export const OPTIONS = () => allowedMethods('GET');
