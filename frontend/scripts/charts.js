// Draws the dashboard's bar charts with Chart.js (loaded before this script from its WebJar).
// <stedenband-chart> gets its figures from the server as the `config` property:
// { title, labels: [...], series: [{ label, values: [...], outlined }] }. Every bar carries its
// number and every series its name in the legend, so the chart reads without colour; the same
// figures stand in a table beside it for screen readers.
(function () {
  if (window.customElements.get('stedenband-chart')) {
    return;
  }
  const palette = ['#1f5fa8', '#b3001b', '#2e7d32', '#6a3d9a'];

  const valueLabels = {
    id: 'stedenbandValueLabels',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = '12px sans-serif';
      ctx.fillStyle = '#1a1a1a';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) {
          return;
        }
        meta.data.forEach((bar, j) => {
          const value = dataset.data[j];
          if (value !== null && value !== undefined) {
            ctx.fillText(String(value), bar.x, bar.y - 2);
          }
        });
      });
      ctx.restore();
    },
  };

  class StedenbandChart extends HTMLElement {
    set config(value) {
      this._config = value;
      this.render();
    }

    get config() {
      return this._config;
    }

    connectedCallback() {
      this.render();
    }

    disconnectedCallback() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    render() {
      const config = this._config;
      if (!this.isConnected || !config) {
        return;
      }
      if (!window.Chart) {
        // the library is still loading
        window.setTimeout(() => this.render(), 100);
        return;
      }
      if (this._chart) {
        this._chart.destroy();
      }
      let canvas = this.querySelector('canvas');
      if (!canvas) {
        canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        this.appendChild(canvas);
      }
      canvas.setAttribute('aria-label', config.title);
      this._chart = new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: config.labels,
          datasets: config.series.map((series, i) => ({
            label: series.label,
            data: series.values,
            backgroundColor: series.outlined ? 'rgba(0,0,0,0)' : palette[i % palette.length],
            borderColor: palette[i % palette.length],
            borderWidth: 2,
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          layout: { padding: { top: 18 } },
          plugins: { legend: { position: 'bottom' } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
        plugins: [valueLabels],
      });
    }
  }

  window.customElements.define('stedenband-chart', StedenbandChart);
})();
