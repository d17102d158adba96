import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { errorMessage } from '../api.ts';

/** The server's Norwegian message for a failed request, announced to screen readers. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert data-color="danger" role="alert" className="block">
      {title && <strong>{title} </strong>}
      <Paragraph>{errorMessage(error)}</Paragraph>
    </Alert>
  );
}

export function Loading({ what = 'innhold' }: { what?: string }) {
  return (
    <Paragraph role="status" className="muted">
      Laster {what} …
    </Paragraph>
  );
}
