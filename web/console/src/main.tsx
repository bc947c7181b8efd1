/** Entry of the agent workspace (/console). */
import { render } from 'preact';
import { App } from './app.tsx';
import { armBeep } from './model/beep.ts';
import './styles/base.css';
import './styles/frame.css';
import './styles/lists.css';
import './styles/conversation.css';
import './styles/history.css';
import './styles/reply-box.css';
import './styles/side.css';

const root = document.getElementById('console-root');
if (root) {
  armBeep();
  render(<App />, root);
}
