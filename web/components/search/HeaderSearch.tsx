import { Button, Input } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';

/** The archive search in the page header: words in, the search page out. */
export function HeaderSearch() {
  const id = useId();
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = q.trim();
    navigate(words ? `/search?${new URLSearchParams({ q: words })}` : '/search');
  }

  return (
    <search className="header-search">
      <form onSubmit={submit} className="header-search__form">
        <label htmlFor={id} className="visually-hidden">
          Søk i arkivet
        </label>
        <Input
          id={id}
          type="search"
          name="q"
          data-size="sm"
          placeholder="Søk i arkivet"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary" data-size="sm">
          Søk
        </Button>
      </form>
    </search>
  );
}
