import {
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
} from '@digdir/designsystemet-react';
import { type ComponentRef, useEffect, useRef } from 'react';
import { ApiError, errorMessage } from '../api.ts';

/**
 * Summary of a failed save: the server's message, and a link to each field it named.
 * `fieldIds` maps API field names to input ids in this form.
 */
export function FormErrors({
  error,
  fieldIds,
  heading = 'Skjemaet ble ikke lagret',
}: {
  error: unknown;
  fieldIds: Record<string, string>;
  heading?: string;
}) {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.entries(error.fieldErrors) : [];
  return (
    <ErrorSummary ref={ref} tabIndex={-1} className="block">
      <ErrorSummaryHeading>{heading}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {fields.length === 0 && <ErrorSummaryItem>{errorMessage(error)}</ErrorSummaryItem>}
        {fields.map(([field, message]) => (
          <ErrorSummaryItem key={field}>
            {fieldIds[field] ? (
              <ErrorSummaryLink href={`#${fieldIds[field]}`}>{message}</ErrorSummaryLink>
            ) : (
              message
            )}
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </ErrorSummary>
  );
}

/** The message the server gave for one field, if any. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[field] : undefined;
}
