/**
 * After resolution: a one-tap rating (1–5) that is sent at once, then an optional comment.
 * Writing again reopens the conversation, which the hint says.
 */
import { useContext, useState } from 'preact/hooks';
import { UiContext } from './ui-context.ts';

/** The rating row; `rated` once this resolution has a rating. */
export function RatingPrompt(props: {
  rated: boolean;
  onRate: (score: number, comment?: string) => Promise<void>;
}) {
  const { t } = useContext(UiContext);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'idle' | 'commented' | 'error'>('idle');
  const rate = (n: number, text?: string) =>
    props.onRate(n, text).then(
      () => setState(text ? 'commented' : 'idle'),
      () => setState('error'),
    );
  if (props.rated && (score === null || state === 'commented')) {
    return (
      <section class="rating" aria-label={t.ratePrompt}>
        <p class="rating-thanks" role="status">
          {t.rateThanks}
        </p>
        <p class="rating-hint">{t.reopenHint}</p>
      </section>
    );
  }
  return (
    <section class="rating" aria-label={t.ratePrompt}>
      <p class="rating-title" id="kefu-rate-title">
        {score === null ? t.ratePrompt : t.rateThanks}
      </p>
      <div class="stars" role="group" aria-labelledby="kefu-rate-title">
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            class={`star${score !== null && n <= score ? ' on' : ''}`}
            aria-label={t.rateStar(n)}
            aria-pressed={score === n}
            onClick={() => {
              setScore(n);
              void rate(n);
            }}
          >
            <span aria-hidden="true">★</span>
          </button>
        ))}
      </div>
      {score !== null ? (
        <form
          class="rating-comment"
          onSubmit={(e) => {
            e.preventDefault();
            if (comment.trim()) void rate(score, comment.trim().slice(0, 1000));
          }}
        >
          <label for="kefu-rate-comment">{t.rateComment}</label>
          <textarea
            id="kefu-rate-comment"
            rows={2}
            maxLength={1000}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
          <button type="submit" class="button" disabled={!comment.trim()}>
            {t.rateSubmit}
          </button>
        </form>
      ) : null}
      {state === 'error' ? (
        <p class="composer-note" role="alert">
          {t.error}
        </p>
      ) : null}
    </section>
  );
}
