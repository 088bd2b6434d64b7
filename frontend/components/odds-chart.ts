/**
 * <encore-odds-chart>: the crowd's odds over time as a line (the median) inside a band (the middle
 * half of fans), drawn with uPlot (MIT; ~50 KB, canvas, fast on phones). The server sets `points`
 * as JSON `[[epochSeconds, median, lower, upper], ...]` and calls `addPoint(...)` for live updates.
 * The canvas is hidden from screen readers: the server renders the same data as text and a table.
 * uPlot itself is fetched when the first chart has something to draw, so it is neither downloaded
 * nor run while a show page starts (the summary above the chart says the same in words).
 */
type UPlot = typeof import('uplot');
type Options = import('uplot').Options;

let library: Promise<UPlot> | undefined;
let loaded: UPlot | undefined;
const loadLibrary = () =>
  (library ??= import('uplot').then((module) => {
    loaded = (module as unknown as { default: UPlot }).default;
    return loaded;
  }));

type Columns = [number[], number[], number[], number[]];

/** Marker colours per verdict, each at least 3:1 against the white chart. */
const VERDICT_COLOURS: Record<string, string> = {
  confirmed: '#0b7a3b',
  likely: '#1d5fb8',
  unverified: '#5b6475',
  doubtful: '#b45309',
  debunked: '#b91c1c',
};

class OddsChart extends HTMLElement {
  private plot?: InstanceType<UPlot>;
  private columns: Columns = [[], [], [], []];
  private rumorMarkers: [number, string][] = [];
  private observer?: ResizeObserver;
  private host?: HTMLDivElement;

  set points(json: string) {
    const rows: number[][] = JSON.parse(json || '[]');
    this.columns = [rows.map((r) => r[0]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[1])];
    this.rebuild();
  }

  /** Rumors as `[[epochSeconds, verdict], ...]`: a dashed line and a dot each, coloured by verdict. */
  set markers(json: string) {
    this.rumorMarkers = JSON.parse(json || '[]');
    this.plot?.redraw(false, false);
  }

  addPoint(epochSeconds: number, median: number, lower: number, upper: number) {
    const [x, lo, hi, mid] = this.columns;
    const last = x.length - 1;
    if (last >= 0 && x[last] > epochSeconds) {
      return;
    }
    if (last >= 0 && x[last] === epochSeconds) {
      // Several changes within one second: the chart ends at the newest.
      lo[last] = lower;
      hi[last] = upper;
      mid[last] = median;
    } else {
      x.push(epochSeconds);
      lo.push(lower);
      hi.push(upper);
      mid.push(median);
    }
    if (this.plot) {
      this.plot.setData(this.columns);
    } else {
      this.rebuild();
    }
  }

  connectedCallback() {
    // A property the server set before this element was defined shadows the setter: replay it.
    for (const property of ['points', 'markers'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = (this as any)[property];
        delete (this as any)[property];
        this[property] = value;
      }
    }
    this.setAttribute('aria-hidden', 'true');
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(this);
    this.rebuild();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  private resize() {
    if (this.clientWidth === 0) {
      return;
    }
    if (this.plot) {
      this.plot.setSize({ width: this.clientWidth, height: this.chartHeight() });
    } else {
      // Shown for the first time (it is hidden until there are two points): draw it now.
      this.rebuild();
    }
  }

  private chartHeight() {
    return this.clientWidth < 500 ? 200 : 260;
  }

  private rebuild() {
    this.plot?.destroy();
    this.plot = undefined;
    if (!this.isConnected || this.columns[0].length < 2 || this.clientWidth === 0) {
      return;
    }
    if (!loaded) {
      loadLibrary().then(() => this.rebuild());
      return;
    }
    if (!this.host) {
      this.host = document.createElement('div');
      this.appendChild(this.host);
    }
    const accent = getComputedStyle(this).getPropertyValue('--encore-accent').trim() || '#6d28d9';
    const ink = getComputedStyle(this).getPropertyValue('--encore-muted').trim() || '#4a5263';
    const opts: Options = {
      width: this.clientWidth,
      height: this.chartHeight(),
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { y: { range: [0, 100] } },
      axes: [
        { stroke: ink, grid: { stroke: '#e6e5ee' } },
        { stroke: ink, grid: { stroke: '#e6e5ee' }, values: (_u: unknown, ticks: number[]) => ticks.map((t) => `${t} %`), size: 56 },
      ],
      series: [
        {},
        { stroke: 'transparent', points: { show: false } },
        { stroke: 'transparent', points: { show: false } },
        { stroke: accent, width: 3, points: { show: false } },
      ],
      bands: [{ series: [2, 1], fill: 'rgba(109, 40, 217, 0.16)' }],
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            const ratio = devicePixelRatio || 1;
            const top = u.bbox.top;
            const bottom = u.bbox.top + u.bbox.height;
            ctx.save();
            for (const [at, verdict] of this.rumorMarkers) {
              const x = u.valToPos(at, 'x', true);
              if (x < u.bbox.left - 1 || x > u.bbox.left + u.bbox.width + 1) {
                continue;
              }
              const colour = VERDICT_COLOURS[verdict] ?? ink;
              ctx.strokeStyle = colour;
              ctx.fillStyle = colour;
              ctx.lineWidth = 2 * ratio;
              ctx.setLineDash([4 * ratio, 4 * ratio]);
              ctx.beginPath();
              ctx.moveTo(x, top);
              ctx.lineTo(x, bottom);
              ctx.stroke();
              ctx.setLineDash([]);
              ctx.beginPath();
              ctx.arc(x, top + 6 * ratio, 6 * ratio, 0, 2 * Math.PI);
              ctx.fill();
            }
            ctx.restore();
          },
        ],
      },
    };
    this.plot = new loaded(opts, this.columns, this.host);
  }
}

customElements.define('encore-odds-chart', OddsChart);
