// Fireworks for a completed onboarding: a burst of confetti that falls once and is removed.
(() => {
  const colors = ['#4f46e5', '#f59e0b', '#10b981', '#ef4444', '#0ea5e9'];
  const layer = document.createElement('div');
  layer.setAttribute('aria-hidden', 'true');
  layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;overflow:hidden;z-index:2000';
  for (let i = 0; i < 120; i++) {
    const piece = document.createElement('span');
    const size = 6 + Math.random() * 6;
    piece.style.cssText = `position:absolute;top:-20px;left:${Math.random() * 100}%;width:${size}px;height:${size * 0.6}px;`
      + `background:${colors[i % colors.length]};opacity:.9;transform:rotate(${Math.random() * 360}deg)`;
    piece.animate([{ transform: 'translateY(0) rotate(0deg)' },
      { transform: `translateY(${window.innerHeight + 40}px) rotate(${720 * Math.random()}deg)` }],
      { duration: 2200 + Math.random() * 1800, delay: Math.random() * 600, easing: 'ease-in', fill: 'forwards' });
    layer.appendChild(piece);
  }
  document.body.appendChild(layer);
  setTimeout(() => layer.remove(), 5000);
})();
