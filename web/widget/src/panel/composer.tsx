/**
 * The message box: Enter sends (Shift+Enter and IME composition do not), over-long text is
 * refused here with a counter and a message, pasted or dropped files are refused with a note
 * (the chat has no attachments), and "talk to a person" is always one tap away.
 */
import type { RefObject } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { UiContext } from './ui-context.ts';

/** The engine's limit on one customer message (it answers longer ones with a refusal). */
export const MAX_TEXT = 4000;
const SHOW_COUNTER_FROM = 3500;

const hasFiles = (data: DataTransfer | null) =>
  !!data && (data.files.length > 0 || [...data.items].some((i) => i.kind === 'file'));

/** The input row and the talk-to-a-person control. */
export function Composer(props: {
  inputRef: RefObject<HTMLTextAreaElement>;
  onSend: (text: string) => void;
  onHuman: () => void;
}) {
  const { t } = useContext(UiContext);
  const [text, setText] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const tooLong = text.length > MAX_TEXT;
  const submit = (event?: Event) => {
    event?.preventDefault();
    if (tooLong) return setNote(t.tooLong(MAX_TEXT));
    if (!text.trim()) return;
    props.onSend(text.trim());
    setText('');
    setNote(null);
    props.inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
  };
  const refuseFiles = (event: ClipboardEvent | DragEvent) => {
    const data = 'clipboardData' in event ? event.clipboardData : event.dataTransfer;
    if (!hasFiles(data)) return;
    event.preventDefault();
    setNote(t.noAttachments);
  };
  const problem = tooLong ? t.tooLong(MAX_TEXT) : note;
  return (
    <form class="composer" onSubmit={submit} aria-label={t.inputLabel}>
      <div class="composer-tools">
        <button type="button" class="button human" onClick={props.onHuman}>
          {t.talkToPerson}
        </button>
        {text.length >= SHOW_COUNTER_FROM ? (
          <span class={`counter${tooLong ? ' over' : ''}`} id="kefu-counter">
            {t.counter(text.length, MAX_TEXT)}
          </span>
        ) : null}
      </div>
      {problem ? (
        <p class="composer-note" id="kefu-note" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="composer-row">
        <label class="visually-hidden" for="kefu-input">
          {t.inputLabel}
        </label>
        <textarea
          id="kefu-input"
          ref={props.inputRef}
          rows={1}
          value={text}
          placeholder={t.placeholder}
          aria-invalid={tooLong}
          aria-describedby={problem ? 'kefu-note' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (note === t.noAttachments) setNote(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={refuseFiles}
          onDrop={refuseFiles}
        />
        <button type="submit" class="button primary send" disabled={tooLong || !text.trim()}>
          {t.send}
        </button>
      </div>
    </form>
  );
}
