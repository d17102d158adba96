import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';

/** A modal question with a clear yes and no. Focus returns to the opener when it closes. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={headingId} closeButton="Lukk">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {children && <Paragraph>{children}</Paragraph>}
        <div className="actions">
          <Button data-color="danger" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onCancel} autoFocus>
            Avbryt
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
