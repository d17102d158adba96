import { describe, expect, it } from 'vitest';
import { redactExemptPassages, sanitizeRichText } from './rich-text.ts';

describe('rich text', () => {
  it('keeps a passage exempt from public access with its basis, and no other span', () => {
    const html =
      '<p>A <span data-exempt=" offl. § 13 " onclick="x()" class="y">B</span> ' +
      '<span style="color:red">C</span><script>alert(1)</script></p>';
    expect(sanitizeRichText(html)).toBe('<p>A <span data-exempt="offl. § 13">B</span> C</p>');
  });

  it('shows the public only the basis where an exempt passage stood, whatever it held', () => {
    const html =
      '<p>Rådet drøftet saken. <span data-exempt="offl. § 13">Pasienten <strong>Kari Nordmann</strong> ' +
      '<span data-exempt="offl. § 13">født 1950</span></span> Vedtaket ble enstemmig.</p>' +
      '<ul><li><span data-exempt="">Uten hjemmel</span></li></ul>';
    const redacted = redactExemptPassages(html);
    expect(redacted).toBe(
      '<p>Rådet drøftet saken. <span data-exempt="offl. § 13">[Unntatt offentlighet, offl. § 13]</span> ' +
        'Vedtaket ble enstemmig.</p><ul><li><span data-exempt>[Unntatt offentlighet]</span></li></ul>',
    );
  });

  it('prints a basis holding markup as text', () => {
    const redacted = redactExemptPassages(
      '<p><span data-exempt="<img src=x onerror=alert(1)>">x</span></p>',
    );
    expect(redacted).not.toContain('<img');
    expect(redacted).toContain('[Unntatt offentlighet, &lt;img src=x onerror=alert(1)&gt;]');
  });
});
