import { NotFoundPage } from '@/components/not-found-page';

export default function NotFound() {
  return <NotFoundPage />;
}
