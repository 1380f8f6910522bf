// The landing page's countdown to the start, in the visitor's clock; the page's policy forbids inline scripts.
(function () {
  const element = document.getElementById('mc-countdown');
  if (!element) {
    return;
  }
  const start = Date.parse(element.dataset.startsAt);
  const pad = (n) => String(n).padStart(2, '0');
  function tick() {
    const left = Math.floor((start - Date.now()) / 1000);
    if (left <= 0) {
      element.textContent = element.dataset.live;
      return;
    }
    const days = Math.floor(left / 86400);
    const rest = left % 86400;
    const clock = pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor(rest % 3600 / 60)) + ':' + pad(rest % 60);
    element.textContent = (days > 0 ? days + ' ' + element.dataset.days + ' ' : '') + clock;
    setTimeout(tick, 1000);
  }
  tick();
}());
