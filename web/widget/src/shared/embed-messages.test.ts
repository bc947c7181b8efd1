import { describe, expect, it } from 'vitest';
import { readLoaderMessage, readPanelMessage } from './embed-messages.ts';

describe('the loader–panel messages', () => {
  it('accepts the known messages and nothing else', () => {
    expect(readPanelMessage({ type: 'kefu:close' })).toEqual({ type: 'kefu:close' });
    expect(readPanelMessage({ type: 'kefu:unread', count: 2 })).toEqual({
      type: 'kefu:unread',
      count: 2,
    });
    expect(readPanelMessage({ type: 'kefu:unread', count: 'x' })).toBeNull();
    expect(readPanelMessage({ type: 'other' })).toBeNull();
    expect(readPanelMessage('kefu:close')).toBeNull();
    expect(readPanelMessage(null)).toBeNull();
  });

  it('refuses a customer token that is not a string', () => {
    expect(
      readLoaderMessage({ type: 'kefu:init', customer_token: 't', saved: null }),
    ).not.toBeNull();
    expect(
      readLoaderMessage({ type: 'kefu:init', customer_token: null, saved: null }),
    ).not.toBeNull();
    expect(readLoaderMessage({ type: 'kefu:identify', customer_token: 5 })).toBeNull();
  });
});
