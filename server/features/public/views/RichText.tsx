import { sanitizeRichText } from '../../../rich-text.ts';

/** Stored rich text, sanitized again on the way out: the public pages trust nothing. */
export function RichText({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on this line
  return <div className="rich" dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />;
}
