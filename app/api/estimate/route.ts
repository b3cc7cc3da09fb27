import { allowedMethods, handleEstimateGet, handleEstimatePost, methodNotAllowed } from '@/lib/api';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleEstimateGet(request);
}

export function POST(request: Request) {
  return handleEstimatePost(request);
}

const notAllowed = (request: Request) => methodNotAllowed(request, 'GET, POST');
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };

export const OPTIONS = () => allowedMethods('GET, POST');
