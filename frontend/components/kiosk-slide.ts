/**
 * <encore-kiosk-slide>: one show on the kiosk, drawn in the browser from the `data` property
 * (JSON) the server sets, so each slide costs the server one element instead of a dozen. Text is
 * only ever set with textContent. The QR code of the show's page is drawn here with `qrcode` (MIT).
 */
import QRCode from 'qrcode';

type SlideData = {
  title: string; nativeTitle?: string; status: string; statusClass: string;
  figure: string; label: string; detail: string; baseRate?: string;
  trendLabel: string; sparkline: string; sparklineAlt: string;
  rumorLabel?: string; verdict?: string; verdictClass?: string; rumor?: string;
  scan: string; slideName: string; qrUrl: string; qrAlt: string; address: string;
};

class KioskSlide extends HTMLElement {
  private data?: SlideData;

  private qr?: HTMLElement;
  private qrFor?: string;

  static get observedAttributes() {
    return ['data'];
  }

  attributeChangedCallback(_name: string, _old: string, value: string) {
    this.data = JSON.parse(value || '{}');
    this.render();
  }

  connectedCallback() {
    this.classList.add('kiosk-slide');
    this.render();
  }

  private render() {
    const d = this.data;
    if (!d || !this.isConnected) {
      return;
    }
    this.setAttribute('role', 'group');
    this.setAttribute('aria-roledescription', d.slideName);
    this.setAttribute('aria-label', d.title);
    const el = (tag: string, cls: string, text?: string, attrs: Record<string, string> = {}) => {
      const node = document.createElement(tag);
      node.className = cls;
      if (text !== undefined) node.textContent = text;
      Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
      return node;
    };
    const heading = el('div', 'kiosk-heading');
    heading.append(el('h2', 'kiosk-title', d.title));
    if (d.nativeTitle) heading.append(el('p', 'kiosk-native', d.nativeTitle, { lang: 'ko' }));
    heading.append(el('span', 'kiosk-status ' + d.statusClass, d.status));
    const top = el('div', '');
    top.append(el('span', 'kiosk-figure', d.figure), el('span', 'kiosk-label', d.label));
    const odds = el('div', 'kiosk-odds');
    odds.append(top, el('p', 'kiosk-detail', d.detail));
    if (d.baseRate) odds.append(el('p', 'kiosk-base-rate', d.baseRate));
    const trend = el('div', 'kiosk-trend');
    trend.append(el('span', '', d.trendLabel), el('img', 'kiosk-sparkline', undefined, { src: d.sparkline, alt: d.sparklineAlt }));
    const facts = el('div', 'kiosk-facts');
    facts.append(heading, odds, trend);
    if (d.rumor) {
      const rumor = el('div', 'kiosk-rumor');
      rumor.append(el('span', '', d.rumorLabel), el('span', 'verdict-badge ' + (d.verdictClass ?? ''), d.verdict),
          el('p', 'kiosk-rumor-headline', d.rumor));
      facts.append(rumor);
    }
    const qrBox = el('div', 'kiosk-qr');
    qrBox.append(this.qrCode(d), el('p', 'kiosk-scan', d.scan), el('p', 'kiosk-address', d.address));
    this.replaceChildren(facts, qrBox);
  }

  /** The QR code, drawn once per address and kept across updates of the figures. */
  private qrCode(d: SlideData): HTMLElement {
    if (!this.qr || this.qrFor !== d.qrUrl) {
      const box = document.createElement('div');
      box.className = 'kiosk-qr-code';
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', d.qrAlt);
      // The library's own SVG markup, encoding an address the server chose; no user text inside.
      QRCode.toString(d.qrUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
          .then((svg: string) => { box.innerHTML = svg; });
      this.qr = box;
      this.qrFor = d.qrUrl;
    }
    return this.qr;
  }
}

customElements.define('encore-kiosk-slide', KioskSlide);
