import { Button, Details, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';

/** The words of a search, with the search's own landmark; follows the URL on back and forward. */
export function QueryForm({
  q,
  label,
  description,
  onSearch,
}: {
  q: string;
  label: string;
  description?: string;
  onSearch: (q: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState(q);
  useEffect(() => setValue(q), [q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(value.trim());
  }

  return (
    <search className="query-form">
      <form onSubmit={submit} className="query-form__row">
        <Textfield
          id={`${id}-q`}
          type="search"
          label={label}
          description={description}
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit">Søk</Button>
      </form>
    </search>
  );
}

/** "Slik søker du": the query language in three lines. */
export function SearchHelp() {
  return (
    <Details data-size="sm" className="search-help">
      <Details.Summary>Slik søker du</Details.Summary>
      <Details.Content>
        <ul>
          <li>
            Skriv ett eller flere ord. Treffene inneholder <strong>alle</strong> ordene, også i
            andre bøyningsformer (<em>vedtak</em> finner også <em>vedtaket</em>).
          </li>
          <li>
            Sett anførselstegn rundt ord som skal stå sammen: <code>"kliniske studier"</code>.
          </li>
          <li>
            Sett minus foran ord som ikke skal være med: <code>helsedata -kommune</code> eller{' '}
            <code>-"nasjonal plan"</code>.
          </li>
          <li>Små skrivefeil rettes: søket viser også treff for ord som ligner.</li>
          <li>Uten søkeord viser søket det nyeste innenfor filtrene du har valgt.</li>
        </ul>
      </Details.Content>
    </Details>
  );
}
