import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * A passage exempt from public access, with its legal basis: `<span data-exempt="offl. § 13">`.
 * The server keeps exactly this (rich-text.ts); public pages show only the basis in its place.
 */
export const ExemptPassage = Mark.create({
  name: 'exemptPassage',
  inclusive: false,
  addAttributes() {
    return {
      basis: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-exempt') ?? '',
        renderHTML: (attributes) => ({ 'data-exempt': String(attributes.basis ?? '') }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-exempt]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes), 0];
  },
});
