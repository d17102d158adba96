import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { count } from './importText.ts';
import type { Busy } from './useImportDraft.ts';

/** The sticky bar under the findings: save, import or discard, and what stands in the way. */
export function ImportActions({
  dirty,
  stale,
  blocked,
  busy,
  error,
  problemCount,
  onCommit,
  onKeepMine,
  onTakeTheirs,
  onDiscard,
}: {
  dirty: boolean;
  /** Someone else saved the import since it was loaded (409). */
  stale: boolean;
  blocked: boolean;
  busy: Busy;
  error: unknown;
  problemCount: number;
  onCommit: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onDiscard: () => void;
}) {
  return (
    <section
      className="import-actions"
      aria-labelledby="import-actions-heading"
      data-testid="import-actions"
    >
      <Heading level={2} data-size="2xs" id="import-actions-heading" tabIndex={-1}>
        {dirty ? 'Du har rettelser som ikke er lagret' : 'Alle rettelser er lagret'}
      </Heading>
      {stale ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            <strong>Noen andre har endret importen mens du arbeidet.</strong> Rettelsene dine er
            ikke lagret, men de står fortsatt i skjemaet. Velg om dine eller de andres endringer
            skal gjelde.
          </Paragraph>
          <div className="actions">
            <Button type="button" data-size="sm" data-color="accent" onClick={onKeepMine}>
              Lagre mine rettelser likevel
            </Button>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              data-color="accent"
              onClick={onTakeTheirs}
            >
              Forkast mine rettelser og hent den nye versjonen
            </Button>
          </div>
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <div className="actions">
        <Button type="submit" variant="secondary" aria-disabled={busy !== null || undefined}>
          {busy === 'save' ? 'Lagrer …' : 'Lagre rettelser'}
        </Button>
        <Button
          type="button"
          aria-disabled={blocked || busy !== null || undefined}
          aria-describedby="import-commit-hint"
          onClick={onCommit}
        >
          {busy === 'commit' ? 'Importerer …' : 'Importer'}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-color="danger"
          aria-disabled={busy !== null || undefined}
          onClick={() => !busy && onDiscard()}
        >
          Forkast importen
        </Button>
      </div>
      <Paragraph data-size="sm" id="import-commit-hint" className="muted">
        {blocked
          ? `Du kan ikke importere før ${count(problemCount, 'feil', 'feil')} under «Må rettes før lagring» er rettet.`
          : dirty
            ? '«Importer» lagrer rettelsene først, og importerer hvis ingenting mangler.'
            : 'Klar: «Importer» lagrer møtene, sakene og vedtakene i rådet.'}
      </Paragraph>
    </section>
  );
}
