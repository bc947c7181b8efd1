import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { addCueFeatures, englishStems } from './find-intent-cues.ts';

function cuesOf(message: string): string[] {
  const { text } = normalize(message);
  const out: string[] = [];
  addCueFeatures((f) => out.push(f), text, englishStems(text));
  return out;
}

describe('addCueFeatures', () => {
  it('finds Chinese cues in traditional script after normalisation', () => {
    expect(cuesOf('剛買就降價了')).toContain('cue:price_protection:降价');
  });

  it('matches English phrases on stems, so inflected words count', () => {
    expect(cuesOf('the price dropped after I bought it')).toContain(
      'cue:price_protection:price drop',
    );
  });

  it('crosses a cued intent with the purchase aspect', () => {
    const features = cuesOf('the mug I ordered arrived cracked');
    expect(features).toContain('asp:after');
    expect(features).toContain('cue:damaged_item^after');
  });

  it('matches whole words only', () => {
    expect(cuesOf('this hitchhiker')).not.toContain('cue:greeting');
  });

  it('says when no shop cue is present', () => {
    expect(cuesOf('qwertyuiop')).toContain('cue:none');
  });
});
