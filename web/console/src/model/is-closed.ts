/** Whether a conversation has left the people's side, so the workspace opens it read only. */
import type { ConversationStatus } from '../../../../src/domain/conversation.ts';

/** True for a resolved conversation or one handed back to the bot. */
export const isClosed = (status: ConversationStatus) => status === 'resolved' || status === 'bot';
