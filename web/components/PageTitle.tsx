import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../hooks.ts';

/**
 * The page's one <h1>. Takes focus when the page (or its loaded content) appears, so
 * screen reader users hear where they landed after a client-side navigation.
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const text = title ?? (typeof children === 'string' ? children : '');
  useDocumentTitle(text);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run on every navigation
  useEffect(() => {
    // Only steal focus after navigation, not while someone is typing in the page.
    const active = document.activeElement;
    if (active && active !== document.body && active.closest('main form')) return;
    ref.current?.focus({ preventScroll: false });
  }, [location.key]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-title">
      {children}
    </Heading>
  );
}
