import { Link } from 'react-router';

export function NotFound({ what = 'There is no page at this address.' }: { what?: string }) {
  return (
    <>
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        <Link to="/">Search Moat</Link>
      </p>
    </>
  );
}
