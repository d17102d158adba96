import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { api } from '../api.ts';
import type { TCaseRef } from '../types.ts';
import { useAnnounce } from './Announcer.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

/** "Tidligere behandlet": cases found by search, plus old numbers typed as text ("35/20"). */
export function PreviouslyHandledPicker({
  councilId,
  caseId,
  refs,
  texts,
  onRefsChange,
  onTextsChange,
}: {
  councilId: string;
  caseId: string;
  refs: TCaseRef[];
  texts: string[];
  onRefsChange: (next: TCaseRef[]) => void;
  onTextsChange: (next: string[]) => void;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TCaseRef[] | null>(null);
  const [error, setError] = useState<unknown>();
  const [legacy, setLegacy] = useState('');

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    const timer = window.setTimeout(async () => {
      try {
        const found = await api.get<TCaseRef[]>(
          `/councils/${councilId}/cases/search?q=${encodeURIComponent(q)}`,
        );
        setResults(found.filter((r) => r.id !== caseId));
        setError(undefined);
      } catch (e) {
        setError(e);
      }
    }, 300);
    return () => window.clearTimeout(timer);
  }, [query, councilId, caseId]);

  function addLegacy() {
    const value = legacy.trim();
    if (!value || texts.includes(value)) return;
    onTextsChange([...texts, value]);
    setLegacy('');
    announce(`${value} er lagt til.`);
  }

  return (
    <Fieldset>
      <Fieldset.Legend>Tidligere behandlet</Fieldset.Legend>
      {refs.length + texts.length > 0 ? (
        <ul className="chosen-list">
          {refs.map((r) => (
            <li key={r.id}>
              <span>
                Sak {r.number} {r.title}
              </span>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={`Fjern sak ${r.number}`}
                onClick={() => onRefsChange(refs.filter((x) => x.id !== r.id))}
              >
                Fjern
              </Button>
            </li>
          ))}
          {texts.map((t) => (
            <li key={t}>
              <span>{t}</span>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={`Fjern ${t}`}
                onClick={() => onTextsChange(texts.filter((x) => x !== t))}
              >
                Fjern
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Ingen saker er valgt.</p>
      )}
      <Textfield
        id={`${id}-search`}
        label="Søk etter sak i Rådsrom"
        description="Skriv saksnummer eller ord fra tittelen."
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ErrorAlert error={error} />
      <div aria-live="polite">
        {results && results.length === 0 && <p>Fant ingen saker.</p>}
        {results && results.length > 0 && (
          <ul className="chosen-list" aria-label="Søkeresultat">
            {results.slice(0, 10).map((r) => {
              const chosen = refs.some((x) => x.id === r.id);
              return (
                <li key={r.id}>
                  <span>
                    Sak {r.number} {r.title}
                  </span>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    disabled={chosen}
                    aria-label={`${chosen ? 'Valgt' : 'Velg'}: sak ${r.number}`}
                    onClick={() => {
                      onRefsChange([...refs, r]);
                      announce(`Sak ${r.number} er lagt til.`);
                    }}
                  >
                    {chosen ? 'Valgt' : 'Velg'}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="row row--end">
        <Textfield
          id={`${id}-legacy`}
          label="Eldre saksnummer (fritekst)"
          description="For saker fra før Rådsrom, f.eks. 35/20 eller HO21-rådet 10/2/21."
          value={legacy}
          onChange={(e) => setLegacy(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addLegacy();
            }
          }}
        />
        <Button type="button" variant="secondary" onClick={addLegacy}>
          Legg til nummer
        </Button>
      </div>
    </Fieldset>
  );
}
