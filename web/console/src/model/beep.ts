/**
 * The new-message sound: a short two-tone beep made with WebAudio (no audio file to ship).
 * Browsers only start audio after a user gesture, so the context is created on the first
 * click or key press and a beep before that stays silent.
 */
let context: AudioContext | null = null;

/** Prepares audio on the first user gesture. */
export function armBeep(): void {
  const arm = () => {
    context ??= new AudioContext();
    void context.resume();
  };
  window.addEventListener('pointerdown', arm, { once: true });
  window.addEventListener('keydown', arm, { once: true });
}

/** Plays the beep (silently does nothing when audio is not available yet). */
export function beep(): void {
  if (!context || context.state !== 'running') return;
  const at = context.currentTime;
  const gain = context.createGain();
  gain.connect(context.destination);
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.15, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
  for (const [i, freq] of [880, 1320].entries()) {
    const osc = context.createOscillator();
    osc.frequency.value = freq;
    osc.connect(gain);
    osc.start(at + i * 0.12);
    osc.stop(at + 0.12 + i * 0.12);
  }
}
