import { describe, expect, it } from 'vitest';
import { readConfirmation } from './confirmation.ts';

describe('readConfirmation', () => {
  it.each([
    '确认',
    '好的',
    '好的，确认',
    '是的',
    '可以',
    '嗯嗯',
    'yes',
    'ok',
    'Yes please',
    'go ahead',
    '確認',
  ])('reads "%s" as yes', (text) => expect(readConfirmation(text)).toBe('yes'));

  it.each(['不用了', '算了', '先不要', 'no', 'nope', 'wait', '不换了'])(
    'reads "%s" as no',
    (text) => expect(readConfirmation(text)).toBe('no'),
  );

  it.each(['我的快递到哪了', 'yesterday I ordered', '什么时候发货'])(
    'reads "%s" as neither',
    (text) => expect(readConfirmation(text)).toBe('unclear'),
  );
});
