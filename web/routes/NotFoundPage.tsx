import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Fant ikke siden</PageTitle>
      <Paragraph>Adressen finnes ikke, eller siden er flyttet.</Paragraph>
      <Paragraph>
        <RouterLink className="ds-link" to="/">
          Gå til forsiden
        </RouterLink>
      </Paragraph>
    </>
  );
}
