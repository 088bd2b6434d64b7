/**
 * <encore-kiosk-rotator interval="15">: shows one child slide at a time and moves to the next
 * every `interval` seconds with a cross-fade (none with prefers-reduced-motion). It also keeps the
 * header's clock and connection indicator, and heals the screen: when the server has been out of
 * reach and answers again (a restart, a network cut), it reloads the page, so an unattended kiosk
 * comes back by itself. And once a day, at `reload-hour` of the screen's own clock (a quiet hour,
 * 4 by default) and a few minutes' spread, it reloads anyway: a screen that runs for weeks starts
 * each day on a fresh page, with a fresh credential.
 */
const PROBE_EVERY_MS = 5000;

/** This page's bundle script: a static file every Encore server serves without a session. */
function probeUrl(): string {
  const script = document.querySelector('script[src*="VAADIN/build/"]') as HTMLScriptElement | null;
  return script?.src ?? 'VAADIN/build/';
}

type ConnectionState = { state: string; addStateChangeListener?: (l: (prev: string, next: string) => void) => void };

class KioskRotator extends HTMLElement {
  private index = 0;
  private rotateTimer?: number;
  private tickTimer?: number;
  private offlineSince?: number;
  private vaadinOfflineSince?: number;
  private lastProbe = 0;
  private probing = false;
  private reloadTimer?: number;

  static get observedAttributes() {
    return ['reload-hour'];
  }

  attributeChangedCallback() {
    this.scheduleDailyReload();
  }

  connectedCallback() {
    this.setAttribute('aria-live', 'off');
    this.show(0);
    this.rotateTimer = window.setInterval(() => this.next(), this.seconds() * 1000);
    this.tickTimer = window.setInterval(() => this.tick(), 1000);
    this.tick();
    new MutationObserver(() => this.show(this.index)).observe(this, { childList: true });
    this.scheduleDailyReload();
  }

  disconnectedCallback() {
    window.clearInterval(this.rotateTimer);
    window.clearInterval(this.tickTimer);
    window.clearTimeout(this.reloadTimer);
  }

  /** The next `reload-hour` o'clock at least an hour from now, up to 20 minutes late so a venue's screens spread. */
  private scheduleDailyReload() {
    window.clearTimeout(this.reloadTimer);
    const hour = Number(this.getAttribute('reload-hour'));
    if (!this.isConnected || !Number.isInteger(hour) || hour < 0 || hour > 23) {
      return;
    }
    const now = new Date();
    const at = new Date(now);
    at.setHours(hour, Math.floor(Math.random() * 20), 0, 0);
    while (at.getTime() - now.getTime() < 60 * 60 * 1000) {
      at.setDate(at.getDate() + 1);
    }
    this.reloadTimer = window.setTimeout(() => window.location.reload(), at.getTime() - now.getTime());
  }

  private seconds() {
    const value = Number(this.getAttribute('interval'));
    return Number.isFinite(value) && value >= 5 ? value : 15;
  }

  private slides(): HTMLElement[] {
    return Array.from(this.children).filter((c) => c.classList.contains('kiosk-slide')) as HTMLElement[];
  }

  private next() {
    this.show(this.index + 1);
  }

  private show(index: number) {
    const slides = this.slides();
    if (slides.length === 0) {
      return;
    }
    this.index = ((index % slides.length) + slides.length) % slides.length;
    slides.forEach((slide, i) => {
      const active = i === this.index;
      slide.classList.toggle('active', active);
      slide.setAttribute('aria-hidden', String(!active));
    });
  }

  private tick() {
    const clock = document.querySelector('.kiosk-clock');
    if (clock) {
      clock.textContent = new Date().toLocaleTimeString(document.documentElement.lang || undefined,
          { hour: '2-digit', minute: '2-digit' });
    }
    if (Date.now() - this.lastProbe >= PROBE_EVERY_MS) {
      this.probe();
    }
  }

  /**
   * Asks the server whether it is there, every few seconds: a HEAD request for this page's own
   * bundle file, a static file it serves at once without a session (any answer will do). Vaadin's own connection may
   * not notice a dead server for minutes; this does within seconds. When the server answers again
   * after being away (a restart, a network cut), the page reloads and shows current data.
   */
  private async probe() {
    if (this.probing) {
      return;
    }
    this.probing = true;
    this.lastProbe = Date.now();
    let reachable: boolean;
    try {
      await fetch(probeUrl(), { method: 'HEAD', cache: 'no-store', redirect: 'manual', credentials: 'omit' });
      reachable = true;
    } catch {
      reachable = false;
    }
    this.probing = false;
    const connection = (window as any).Vaadin?.connectionState as ConnectionState | undefined;
    const vaadinOnline = !connection || connection.state === 'connected' || connection.state === 'loading';
    this.showConnection(reachable && vaadinOnline);
    if (!reachable) {
      this.offlineSince ??= Date.now();
    } else if (this.offlineSince !== undefined || (!vaadinOnline && this.vaadinOfflineFor(connection) >= PROBE_EVERY_MS)) {
      window.location.reload();
    }
  }

  private vaadinOfflineFor(connection?: ConnectionState) {
    if (!connection || connection.state === 'connected' || connection.state === 'loading') {
      this.vaadinOfflineSince = undefined;
      return 0;
    }
    this.vaadinOfflineSince ??= Date.now();
    return Date.now() - this.vaadinOfflineSince;
  }

  private showConnection(online: boolean) {
    const indicator = document.querySelector('.kiosk-connection') as HTMLElement | null;
    if (indicator) {
      indicator.classList.toggle('offline', !online);
      indicator.textContent = (online ? indicator.dataset.live : indicator.dataset.reconnecting) ?? '';
    }
  }
}

customElements.define('encore-kiosk-rotator', KioskRotator);
