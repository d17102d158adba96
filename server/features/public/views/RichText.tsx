import { redactExemptPassages } from '../../../rich-text.ts';

/**
 * Stored rich text for the public: exempt passages replaced by their legal basis, and sanitized
 * again on the way out, since the public pages trust nothing.
 */
export function RichText({ html }: { html: string }) {
  return (
    <div
      className="rich rich--public"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: redacted and sanitised on this line
      dangerouslySetInnerHTML={{ __html: redactExemptPassages(html) }}
    />
  );
}
