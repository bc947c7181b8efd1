/** Routes the messages the panel's page posts to the loader (see shared/embed-messages.ts). */
import { readPanelMessage } from '../shared/embed-messages.ts';
import type { PanelFrame } from './panel-frame.ts';
import { savedInPage } from './saved-in-page.ts';

/** Handles the messages of `panel` (of shop `shop`); those of any other window are ignored. */
export function listenToPanel(panel: PanelFrame, shop: string): void {
  window.addEventListener('message', (event) => {
    if (!panel.sent(event)) return;
    const message = readPanelMessage(event.data);
    if (message?.type === 'kefu:ready') panel.greet(savedInPage.read(shop));
    else if (message?.type === 'kefu:close') panel.close();
    else if (message?.type === 'kefu:save') savedInPage.write(shop, message.saved);
    else if (message?.type === 'kefu:unread') panel.showUnread(message.count);
  });
}
