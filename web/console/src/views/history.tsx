/**
 * The full history: customer on the left, the shop's side on the right with bot turns marked
 * (AI) apart from the agents', system lines in the middle, and internal notes in between as
 * yellow cards that say they are never sent.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ConsoleMessage, Detail, Note, TeamMember } from '../api/schemas.ts';
import { formatTime } from '../model/format.ts';
import { useUi } from '../ui-context.ts';

type Entry =
  { kind: 'message'; at: string; m: ConsoleMessage } | { kind: 'note'; at: string; n: Note };

function MessageItem({ m }: { m: ConsoleMessage }) {
  const { t } = useUi();
  const label = m.author === 'agent' ? (m.author_name ?? t.authors.agent) : t.authors[m.author];
  return (
    <li class={`msg from-${m.author}`} data-author={m.author} data-seq={m.seq} data-id={m.id}>
      <div class="meta">
        {m.author === 'bot' ? <span class="badge ai">AI</span> : <span>{label}</span>}
        {m.intent && m.author === 'customer' && <code class="muted">{m.intent}</code>}
        <time dateTime={m.created_at}>{formatTime(m.created_at, t.locale)}</time>
      </div>
      <div class="bubble">{m.text}</div>
      {m.parts.length > 0 && (
        <div class="parts">
          {m.parts.map((p, i) => (
            <span key={i} class="chip static">
              {p.kind === 'order' ? `${t.order} ${p.order_id}` : t.partKinds[p.kind]}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

function NoteItem({ n, team }: { n: Note; team: TeamMember[] }) {
  const { t } = useUi();
  const who = team.find((a) => a.id === n.agentId)?.display_name ?? n.agentId;
  return (
    <li class="note" data-note={n.id}>
      <div class="meta">
        <span class="badge note-badge">{t.authors.note}</span>
        <span>{who}</span>
        <span class="muted">{t.noteHint}</span>
        <time dateTime={n.createdAt}>{formatTime(n.createdAt, t.locale)}</time>
      </div>
      <div class="bubble">{n.text}</div>
    </li>
  );
}

/**
 * Keeps `list` scrolled to the newest entry when entries arrive or a conversation opens, and
 * when the list is resized (the reply box grows) while the agent was reading the end.
 */
function useStickToBottom(list: { current: HTMLElement | null }, count: number, id: string) {
  const pinned = useRef(true);
  const toEnd = () => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  };
  useEffect(() => {
    pinned.current = true;
    toEnd();
  }, [count, id]);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    let last = el.scrollTop;
    // Only the agent scrolling up unpins; layout changes that move scrollTop down do not.
    const onScroll = () => {
      const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      if (atEnd) pinned.current = true;
      else if (el.scrollTop < last) pinned.current = false;
      last = el.scrollTop;
    };
    const observer = new ResizeObserver(() => {
      if (pinned.current) toEnd();
    });
    el.addEventListener('scroll', onScroll);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);
}

/** The conversation's history with notes, scrolled to the newest entry. */
export function History({ detail, team }: { detail: Detail; team: TeamMember[] }) {
  const list = useRef<HTMLOListElement>(null);
  const entries: Entry[] = [
    ...detail.messages.map((m): Entry => ({ kind: 'message', at: m.created_at, m })),
    ...detail.notes.map((n): Entry => ({ kind: 'note', at: n.createdAt, n })),
  ];
  // Stable: messages keep their seq order; a note goes after what was there when it was written.
  entries.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  const count = entries.length;
  useStickToBottom(list, count, detail.conversation.id);
  return (
    <ol class="history" aria-live="polite" ref={list}>
      {entries.map((e) =>
        e.kind === 'message' ? (
          <MessageItem key={e.m.id} m={e.m} />
        ) : (
          <NoteItem key={e.n.id} n={e.n} team={team} />
        ),
      )}
    </ol>
  );
}
