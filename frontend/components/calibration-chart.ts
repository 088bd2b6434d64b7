/**
 * <encore-calibration-chart>: the crowd's calibration, drawn with uPlot like the odds chart. The
 * server sets `bins` as JSON `[[meanForecast, observed, low, high, weight], ...]` (all in %): each
 * bin is a dot at (forecast, observed) with a vertical bar for its 95 % band, over the dashed
 * diagonal where forecast and outcome agree. The element is role="img" with a summary in words;
 * its canvas is hidden from screen readers, and the table beside it gives every number.
 */
type UPlot = typeof import('uplot');
export {};

type Bin = [number, number, number, number, number];

class CalibrationChart extends HTMLElement {
  private data: Bin[] = [];
  private generation = 0;
  private plot?: { destroy(): void; setSize(size: { width: number; height: number }): void };
  private observer?: ResizeObserver;
  private host?: HTMLDivElement;

  set bins(json: string) {
    this.data = JSON.parse(json || '[]');
    this.rebuild();
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'bins')) {
      const value = (this as any).bins;
      delete (this as any).bins;
      this.bins = value;
    }
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(this);
    this.rebuild();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  private size() {
    const width = this.clientWidth;
    return { width, height: Math.min(width, 420) };
  }

  private resize() {
    if (this.clientWidth === 0) {
      return;
    }
    if (this.plot) {
      this.plot.setSize(this.size());
    } else {
      this.rebuild();
    }
  }

  private async rebuild() {
    this.plot?.destroy();
    this.plot = undefined;
    if (!this.isConnected || this.clientWidth === 0) {
      return;
    }
    const generation = ++this.generation;
    const uPlot = ((await import('uplot')) as unknown as { default: UPlot }).default;
    if (!this.isConnected || generation !== this.generation) {
      return;
    }
    if (!this.host) {
      this.host = document.createElement('div');
      this.host.setAttribute('aria-hidden', 'true');
      this.appendChild(this.host);
    }
    const style = getComputedStyle(this);
    const accent = style.getPropertyValue('--encore-accent').trim() || '#6d28d9';
    const ink = style.getPropertyValue('--encore-muted').trim() || '#4a5263';
    const bins = this.data;
    const percent = (_u: unknown, ticks: number[]) => ticks.map((t) => `${t} %`);
    this.plot = new uPlot(
      {
        ...this.size(),
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [0, 100] }, y: { range: [0, 100] } },
        axes: [
          { stroke: ink, grid: { stroke: '#e6e5ee' }, values: percent, label: this.dataset.xLabel ?? '' },
          { stroke: ink, grid: { stroke: '#e6e5ee' }, values: percent, size: 56, label: this.dataset.yLabel ?? '' },
        ],
        series: [{}, { stroke: ink, width: 1.5, dash: [6, 6], points: { show: false } }],
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx;
              const ratio = devicePixelRatio || 1;
              ctx.save();
              ctx.setLineDash([]);
              for (const [forecast, observed, low, high, weight] of bins) {
                const x = u.valToPos(forecast, 'x', true);
                ctx.strokeStyle = accent;
                ctx.lineWidth = 3 * ratio;
                ctx.beginPath();
                ctx.moveTo(x, u.valToPos(low, 'y', true));
                ctx.lineTo(x, u.valToPos(high, 'y', true));
                ctx.stroke();
                ctx.fillStyle = accent;
                ctx.beginPath();
                const radius = (5 + Math.min(7, Math.sqrt(weight) * 3)) * ratio;
                ctx.arc(x, u.valToPos(observed, 'y', true), radius, 0, 2 * Math.PI);
                ctx.fill();
              }
              ctx.restore();
            },
          ],
        },
      },
      [
        [0, 100],
        [0, 100],
      ],
      this.host,
    );
  }
}

customElements.define('encore-calibration-chart', CalibrationChart);
