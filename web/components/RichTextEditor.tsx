import { Button, Textfield } from '@digdir/designsystemet-react';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useState } from 'react';
import { ExemptPassage } from './exemptPassage.ts';

/**
 * Rich text limited to what the server keeps: paragraphs, h2–h4, lists, tables, links,
 * bold, italic, line breaks and passages exempt from public access.
 */
export function RichTextEditor({
  id: targetId,
  label,
  description,
  value,
  onChange,
}: {
  /** The wrapper's id, for links to this part of the form (it takes focus: tabIndex -1). */
  id?: string;
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
}) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      }),
      Table.configure({ resizable: false }),
      TableRow,
      TableHeader,
      TableCell,
      ExemptPassage,
    ],
    content: value,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(description ? { 'aria-describedby': descriptionId } : {}),
        class: 'rte__content',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  // Text replaced from outside (for example "use their version") flows into the editor.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (current !== value) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div
      id={targetId}
      tabIndex={targetId ? -1 : undefined}
      className={targetId ? 'rte hash-section' : 'rte'}
    >
      <div className="ds-label rte__label" id={labelId}>
        {label}
      </div>
      {description && (
        <p className="rte__description" id={descriptionId}>
          {description}
        </p>
      )}
      {editor && <Toolbar editor={editor} label={label} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      table: e.isActive('table'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      exempt: e.isActive('exemptPassage'),
      basis: (e.getAttributes('exemptPassage').basis as string | undefined) ?? '',
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [exemptOpen, setExemptOpen] = useState(false);
  const chain = () => editor.chain().focus();

  const toggle = (text: string, pressed: boolean, run: () => void) => (
    <Button
      type="button"
      variant={pressed ? 'primary' : 'tertiary'}
      data-size="sm"
      aria-pressed={pressed}
      onClick={run}
    >
      {text}
    </Button>
  );
  const action = (text: string, run: () => void) => (
    <Button type="button" variant="tertiary" data-size="sm" onClick={run}>
      {text}
    </Button>
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a set of form fields
    <div className="rte__toolbar" role="group" aria-label={`Formatering for ${label}`}>
      {toggle('Overskrift', state.h2, () => chain().toggleHeading({ level: 2 }).run())}
      {toggle('Underoverskrift', state.h3, () => chain().toggleHeading({ level: 3 }).run())}
      {toggle('Fet', state.bold, () => chain().toggleBold().run())}
      {toggle('Kursiv', state.italic, () => chain().toggleItalic().run())}
      {toggle('Punktliste', state.bullet, () => chain().toggleBulletList().run())}
      {toggle('Nummerert liste', state.ordered, () => chain().toggleOrderedList().run())}
      {state.table ? (
        <>
          {action('Ny rad', () => chain().addRowAfter().run())}
          {action('Ny kolonne', () => chain().addColumnAfter().run())}
          {action('Slett rad', () => chain().deleteRow().run())}
          {action('Slett tabell', () => chain().deleteTable().run())}
        </>
      ) : (
        action('Sett inn tabell', () =>
          chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        )
      )}
      {toggle('Lenke', state.link || linkOpen, () => setLinkOpen((open) => !open))}
      {toggle('Unnta fra offentlighet', state.exempt || exemptOpen, () =>
        setExemptOpen((open) => !open),
      )}
      {exemptOpen && (
        <MarkForm
          label="Hjemmel for unntak"
          description="Marker teksten først. La feltet stå tomt for å gjøre teksten offentlig igjen."
          apply="Unnta teksten"
          initial={state.basis || 'offl. § 13'}
          onApply={(basis) => {
            setExemptOpen(false);
            const range = chain().extendMarkRange('exemptPassage');
            if (basis) range.setMark('exemptPassage', { basis }).run();
            else range.unsetMark('exemptPassage').run();
          }}
          onCancel={() => {
            setExemptOpen(false);
            editor.commands.focus();
          }}
        />
      )}
      {linkOpen && (
        <MarkForm
          label="Lenkeadresse"
          description="La feltet stå tomt for å fjerne lenken."
          apply="Bruk lenke"
          type="url"
          initial={state.href}
          onApply={(href) => {
            setLinkOpen(false);
            if (!href) {
              chain().extendMarkRange('link').unsetLink().run();
            } else if (editor.state.selection.empty && !state.link) {
              chain()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            } else {
              chain().extendMarkRange('link').setLink({ href }).run();
            }
          }}
          onCancel={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}

/** A small form for a mark's one value: a link's address, an exemption's legal basis. */
function MarkForm({
  label,
  description,
  apply,
  type = 'text',
  initial,
  onApply,
  onCancel,
}: {
  label: string;
  description: string;
  apply: string;
  type?: 'text' | 'url';
  initial: string;
  onApply: (value: string) => void;
  onCancel: () => void;
}) {
  const [href, setHref] = useState(initial);
  return (
    <div className="rte__link">
      <Textfield
        label={label}
        description={description}
        type={type}
        data-size="sm"
        value={href}
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onApply(href.trim());
          }
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="actions">
        <Button type="button" data-size="sm" onClick={() => onApply(href.trim())}>
          {apply}
        </Button>
        <Button type="button" data-size="sm" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </div>
  );
}
