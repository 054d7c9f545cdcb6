import { useDocumentTitle } from '../components/details-parts.js';
import { Link } from '../router.js';

export function NotFoundPage({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <div className="status">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. Try the{' '}
        <Link to={{ name: 'search', query: '', kind: 'movie', page: 1 }}>search</Link>.
      </p>
    </div>
  );
}
