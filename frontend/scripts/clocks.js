// Ticks the city clocks of the shell header in the browser, with no server round trips.
// <stedenband-clock zone="Asia/Shanghai"> holds three spans: city, time, date. The date shows
// only where it differs from the viewer's own date (Palo Alto is often still on yesterday).
(function () {
  if (window.customElements.get('stedenband-clock')) {
    return;
  }
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const dayKey = (zone) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const timeFormat = (zone) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  // the date in the screen's language (the clock's lang attribute, else the page's): "Mon 7 Dec" or "ma 7 dec"
  const dateFormat = (zone, lang) =>
    new Intl.DateTimeFormat(lang || 'en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });

  class StedenbandClock extends HTMLElement {
    connectedCallback() {
      const zone = this.getAttribute('zone');
      if (!zone) {
        return;
      }
      this._formats = { day: dayKey(zone), viewerDay: dayKey(viewerZone), time: timeFormat(zone), date: dateFormat(zone, this.getAttribute('lang') || document.documentElement.lang) };
      this.render();
      // align to the next second so that all clocks change together
      this._timer = window.setTimeout(() => {
        this.render();
        this._timer = window.setInterval(() => this.render(), 1000);
      }, 1000 - (Date.now() % 1000));
    }

    disconnectedCallback() {
      window.clearTimeout(this._timer);
      window.clearInterval(this._timer);
    }

    render() {
      const now = new Date();
      const time = this.querySelector('.clock-time');
      const date = this.querySelector('.clock-date');
      if (!time || !date) {
        return;
      }
      const text = this._formats.time.format(now);
      if (time.textContent !== text) {
        time.textContent = text;
      }
      const sameDay = this._formats.day.format(now) === this._formats.viewerDay.format(now);
      const dateText = sameDay ? '' : this._formats.date.format(now);
      if (date.textContent !== dateText) {
        date.textContent = dateText;
      }
      this.dataset.ticking = 'true';
    }
  }

  window.customElements.define('stedenband-clock', StedenbandClock);
})();
