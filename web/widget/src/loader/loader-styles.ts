/** The loader's CSS, scoped to its own shadow root so host styles cannot reach it. */

/** Launcher and frame styles; the frame goes full-screen on narrow screens. */
export const LOADER_CSS = `
:host{all:initial}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;
background:#0b57d0;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center;padding:0}
.launcher:hover{background:#0842a0}
.launcher:focus-visible{outline:3px solid #0b57d0;outline-offset:3px}
.launcher svg{width:28px;height:28px;fill:currentColor}
.badge{position:absolute;top:2px;right:2px;min-width:18px;height:18px;border-radius:9px;background:#b3261e;color:#fff;
font:600 11px/18px system-ui,sans-serif;text-align:center;padding:0 4px;box-sizing:border-box}
.frame{position:fixed;right:20px;bottom:88px;z-index:2147483000;width:380px;height:min(640px,calc(100vh - 108px));
border:0;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.28);background:#fff;color-scheme:light}
.frame[hidden]{display:none}
@media (max-width:480px){.frame{inset:0;width:100%;height:100%;border-radius:0}
:host([data-open]) .launcher{display:none}}
`;
