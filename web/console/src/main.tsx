/** Entry of the agent workspace (/console). */
import { render } from 'preact';
import { App } from './app.tsx';
import { armBeep } from './model/beep.ts';
import './console.css';

const root = document.getElementById('console-root');
if (root) {
  armBeep();
  render(<App />, root);
}
