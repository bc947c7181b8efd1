/**
 * The workspace's live state: the snapshot (queue, mine, others, team), the open conversation in
 * full, unread counts with the title badge and the beep. Live frames update it at once and
 * trigger a (debounced) refetch; every (re)join refetches everything, so a dropped connection
 * loses nothing, and messages merged by id never show twice.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PublicMessage } from '../../../../src/domain/protocol.ts';
import type { ConsoleApi } from '../api/console-api.ts';
import type { AgentFrame, Detail, Snapshot } from '../api/schemas.ts';
import { openAgentLive } from '../live/agent-live.ts';
import { beep } from '../model/beep.ts';
import { mergeMessages } from '../model/merge-messages.ts';
import { titleWithBadge } from '../model/title-badge.ts';
import { useDebounced } from './use-debounced.ts';

/** Live workspace state for the signed-in agent. */
export function useWorkspace(api: ConsoleApi, onSignedOut: () => void) {
  const [snapshot, setSnapshot] = useState<{ data: Snapshot; at: number } | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const [unread, setUnread] = useState<Record<string, number>>({});
  const [orderId, setOrderId] = useState<string | null>(null);
  const selectedRef = useRef<string | null>(null);
  const snapshotRef = useRef<Snapshot | null>(null);
  selectedRef.current = selected;
  snapshotRef.current = snapshot?.data ?? null;

  const loadSnapshot = useCallback(async () => {
    const data = await api.workspace();
    setSnapshot({ data, at: Date.now() });
  }, [api]);

  const loadDetail = useCallback(async () => {
    const id = selectedRef.current;
    if (!id) return setDetail(null);
    const fresh = await api.detail(id);
    if (selectedRef.current !== id) return;
    setDetail((current) =>
      current?.conversation.id === id
        ? { ...fresh, messages: mergeMessages(current.messages, fresh.messages) }
        : fresh,
    );
  }, [api]);

  const guard = useCallback(
    (p: Promise<unknown>) =>
      p.catch((e: unknown) => {
        if ((e as { status?: number }).status === 401) onSignedOut();
      }),
    [onSignedOut],
  );
  const refreshSnapshot = useDebounced(() => void guard(loadSnapshot()), 200);
  const refreshDetail = useDebounced(() => void guard(loadDetail()), 200);

  const onFrame = (frame: AgentFrame) => {
    refreshSnapshot();
    if (frame.type === 'handoff.created') beep();
    if (frame.conversationId && frame.conversationId === selectedRef.current) refreshDetail();
  };
  const onMessage = (id: string, message: PublicMessage) => {
    onFrame({ type: 'message.created', conversationId: id });
    if (id === selectedRef.current) {
      setDetail((d) =>
        d && d.conversation.id === id
          ? { ...d, messages: mergeMessages(d.messages, [message]) }
          : d,
      );
    }
    const mine = snapshotRef.current?.mine.some((r) => r.conversation_id === id);
    const watching = id === selectedRef.current && document.visibilityState === 'visible';
    if (message.author === 'customer' && (mine || id === selectedRef.current) && !watching) {
      setUnread((u) => ({ ...u, [id]: (u[id] ?? 0) + 1 }));
      beep();
    }
  };
  const live = useRef({ onFrame, onMessage });
  live.current = { onFrame, onMessage };

  useEffect(
    () =>
      openAgentLive({
        onFrame: (f) => live.current.onFrame(f),
        onMessage: (id, m) => live.current.onMessage(id, m),
        onJoined: () => {
          void guard(loadSnapshot());
          void guard(loadDetail());
        },
        onConnection: setConnected,
        onRejected: onSignedOut,
      }),
    [],
  );

  useEffect(() => {
    setOrderId(null);
    void guard(loadDetail());
    if (selected) setUnread(({ [selected]: _, ...rest }) => rest);
  }, [selected]);

  useEffect(() => {
    const seen = () => {
      const id = selectedRef.current;
      if (id && document.visibilityState === 'visible') setUnread(({ [id]: _, ...rest }) => rest);
    };
    document.addEventListener('visibilitychange', seen);
    return () => document.removeEventListener('visibilitychange', seen);
  }, []);

  const total = Object.values(unread).reduce((a, b) => a + b, 0);
  useEffect(() => {
    document.title = titleWithBadge(total);
  }, [total]);

  return {
    snapshot: snapshot?.data ?? null,
    fetchedAt: snapshot?.at ?? 0,
    detail: detail && detail.conversation.id === selected ? detail : null,
    selected,
    select: setSelected,
    /** The order picked in the side panel (fills {order_id} in canned replies). */
    orderId,
    selectOrder: setOrderId,
    connected,
    unread,
    refresh: async () => {
      await Promise.all([guard(loadSnapshot()), guard(loadDetail())]);
    },
  };
}

/** The workspace state. */
export type Workspace = ReturnType<typeof useWorkspace>;
