import { notFound } from 'next/navigation';

/** Any other path under a language: the language's own "not found" page. */
export default function CatchAll() {
  notFound();
}
