/**
 * The panel's iframe, made on first open (so the panel's code loads only when wanted), and the
 * loader's side of the conversation with it: open and close, the customer token, the unread
 * badge. Messages go to the panel only once it has said it is ready.
 */
import type { LoaderMessage } from '../shared/embed-messages.ts';
import { frameUrl } from './frame-url.ts';
import type { LauncherDom } from './launcher-dom.ts';
import type { LOADER_STRINGS } from './loader-strings.ts';
import type { ScriptOptions } from './read-script-options.ts';

type Labels = (typeof LOADER_STRINGS)[keyof typeof LOADER_STRINGS];

/** The chat panel behind the launcher. */
export class PanelFrame {
  private frame: HTMLIFrameElement | null = null;
  private ready = false;
  private shown = false;
  private token: string | null;

  constructor(
    private readonly o: ScriptOptions,
    private readonly dom: LauncherDom,
    private readonly text: Labels,
  ) {
    this.token = o.customerToken;
  }

  /** Whether the panel is showing. */
  isOpen(): boolean {
    return this.shown;
  }

  /** Whether `event` was sent by this panel's page. */
  sent(event: MessageEvent): boolean {
    const frame = this.frame;
    return !!frame && event.source === frame.contentWindow && event.origin === this.o.origin;
  }

  /** Shows the panel (making it the first time) and moves the focus into it. */
  open(): void {
    if (!this.frame) this.frame = this.createFrame();
    this.show(true);
    this.dom.badge.hidden = true;
    this.frame.focus();
    this.post({ type: 'kefu:opened' });
  }

  /** Hides the panel and gives the focus back to the launcher. */
  close(): void {
    if (!this.shown) return;
    this.show(false);
    this.dom.launcher.focus();
  }

  /** Opens a closed panel, closes an open one. */
  toggle(): void {
    if (this.shown) this.close();
    else this.open();
  }

  /** The host page signed the customer in or out. */
  setToken(token: string | null): void {
    this.token = token;
    this.post({ type: 'kefu:identify', customer_token: token });
  }

  /** The panel has loaded: hands it the token and its `saved` session. */
  greet(saved: unknown): void {
    this.ready = true;
    this.post({ type: 'kefu:init', customer_token: this.token, saved });
    if (this.shown) this.post({ type: 'kefu:opened' });
  }

  /** Shows `count` unread replies on the launcher while the panel is closed. */
  showUnread(count: number): void {
    if (this.shown || count <= 0) return;
    this.dom.badge.textContent = String(Math.min(count, 99));
    this.dom.badge.hidden = false;
  }

  private post(message: LoaderMessage): void {
    if (this.ready) this.frame?.contentWindow?.postMessage(message, this.o.origin);
  }

  private show(value: boolean): void {
    const { host, launcher } = this.dom;
    this.shown = value;
    launcher.setAttribute('aria-expanded', String(value));
    launcher.setAttribute('aria-label', value ? this.text.close : this.text.open);
    host.toggleAttribute('data-open', value);
    if (this.frame) this.frame.hidden = !value;
  }

  private createFrame(): HTMLIFrameElement {
    const f = document.createElement('iframe');
    f.className = 'frame';
    f.title = this.text.frame;
    f.src = frameUrl(this.o);
    f.setAttribute('allow', 'clipboard-write');
    this.dom.root.appendChild(f);
    return f;
  }
}
