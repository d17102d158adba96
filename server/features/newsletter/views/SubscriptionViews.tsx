import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { PublicCouncilRef } from '../../public/load-public-statements.ts';
import { PublicLayout } from '../../public/views/PublicLayout.tsx';
import { archivePath, newsletterCrumbs, subscribePath, unsubscribePath } from '../paths.ts';
import type { ConfirmOutcome, UnsubscribeState } from '../subscriber-use-cases.ts';

/** The same words for every address, new or known: nobody learns who subscribes. */
export const NEUTRAL_ANSWER =
  'Vi har sendt en e-post til adressen hvis den ikke allerede abonnerer. Følg lenken i e-posten for å bekrefte.';

/** A plain form, no script: the address, posted to the subscribe page. */
export function SubscribeForm({
  council,
  email = '',
  error,
}: {
  council: PublicCouncilRef;
  email?: string;
  error?: string;
}) {
  const errorId = 'newsletter-email-error';
  return (
    <form action={subscribePath(council.shortName)} method="post" className="public-search">
      <label htmlFor="newsletter-email" className="ds-label">
        E-postadresse
      </label>
      {error && (
        <p id={errorId} className="ds-validation-message" data-color="danger">
          {error}
        </p>
      )}
      <div className="public-search__row">
        <input
          id="newsletter-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          className="ds-input"
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="ds-button" data-variant="primary">
          Abonner
        </button>
      </div>
      <p className="public-meta">
        Du får en e-post med en lenke du må følge for å bekrefte. Vi bruker adressen bare til
        nyhetsbrevet, og hver e-post har en lenke for å melde seg av.
      </p>
    </form>
  );
}

function MessagePage({
  council,
  title,
  children,
}: {
  council: PublicCouncilRef;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <PublicLayout crumbs={newsletterCrumbs(council, true)}>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
      <Paragraph>
        <Link href={archivePath(council.shortName)}>Til nyhetsbrevene</Link>
      </Paragraph>
    </PublicLayout>
  );
}

export function SubscribeAnswerView({ council }: { council: PublicCouncilRef }) {
  return (
    <MessagePage council={council} title="Sjekk e-posten din">
      <Paragraph data-testid="subscribe-answer">{NEUTRAL_ANSWER}</Paragraph>
    </MessagePage>
  );
}

/** The form again, with what is wrong with the address (this says nothing about subscribers). */
export function SubscribeErrorView(props: {
  council: PublicCouncilRef;
  email: string;
  error: string;
}) {
  return (
    <MessagePage council={props.council} title="Abonner på nyhetsbrevet">
      <SubscribeForm {...props} />
    </MessagePage>
  );
}

const CONFIRM_TEXTS: Record<ConfirmOutcome, { title: string; text: string; form: boolean }> = {
  confirmed: {
    title: 'Abonnementet er bekreftet',
    text: 'Takk! Du får nyhetsbrevet på e-post fra nå av. Hver e-post har en lenke for å melde seg av.',
    form: false,
  },
  already_confirmed: {
    title: 'Abonnementet er allerede bekreftet',
    text: 'Du får nyhetsbrevet på e-post. Du trenger ikke gjøre noe mer.',
    form: false,
  },
  expired: {
    title: 'Lenken er utløpt',
    text: 'Lenken for å bekrefte gjelder i 7 dager. Skriv inn adressen på nytt, så sender vi en ny lenke.',
    form: true,
  },
  unknown: {
    title: 'Lenken virker ikke',
    text: 'Lenken er ikke gyldig. Den kan være erstattet av en nyere lenke, gjelde et abonnement som er avsluttet, eller ha blitt kuttet av i e-postprogrammet. Skriv inn adressen på nytt, så sender vi en ny lenke.',
    form: true,
  },
};

export function ConfirmView({
  council,
  outcome,
}: {
  council: PublicCouncilRef;
  outcome: ConfirmOutcome;
}) {
  const t = CONFIRM_TEXTS[outcome];
  return (
    <MessagePage council={council} title={t.title}>
      <Paragraph data-testid="confirm-answer">{t.text}</Paragraph>
      {t.form && <SubscribeForm council={council} />}
    </MessagePage>
  );
}

/** A GET shows this and changes nothing: mail scanners open links, people press buttons. */
export function UnsubscribeAskView({
  council,
  token,
  state,
}: {
  council: PublicCouncilRef;
  token: string;
  state: UnsubscribeState;
}) {
  if (state === 'unknown') return <UnsubscribeUnknownView council={council} />;
  if (state === 'unsubscribed') return <UnsubscribedView council={council} />;
  return (
    <MessagePage council={council} title="Meld deg av nyhetsbrevet">
      <Paragraph>Trykk på knappen for å slutte å få nyhetsbrevet fra {council.name}.</Paragraph>
      <form action={unsubscribePath(council.shortName, token)} method="post">
        <button type="submit" className="ds-button" data-variant="primary">
          Meld meg av
        </button>
      </form>
    </MessagePage>
  );
}

export function UnsubscribedView({ council }: { council: PublicCouncilRef }) {
  return (
    <MessagePage council={council} title="Du er meldt av">
      <Paragraph data-testid="unsubscribe-answer">
        Du får ikke flere nyhetsbrev fra {council.name}. Du kan abonnere igjen når du vil.
      </Paragraph>
    </MessagePage>
  );
}

export function UnsubscribeUnknownView({ council }: { council: PublicCouncilRef }) {
  return (
    <MessagePage council={council} title="Lenken virker ikke">
      <Paragraph data-testid="unsubscribe-answer">
        Vi fant ikke abonnementet lenken gjelder. Bruk lenken i den nyeste e-posten fra oss, og pass
        på at hele lenken er med.
      </Paragraph>
    </MessagePage>
  );
}
