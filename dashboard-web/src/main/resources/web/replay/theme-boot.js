// Runs before the first paint (classic script) so the page never flashes the wrong theme.
// /replay_light... routes choose light; elsewhere the stored choice wins (same key as the main pages).
(function () {
  var light = /^\/replay_light(\/|$)/.test(location.pathname);
  var stored = null;
  try { stored = localStorage.getItem('cccp-theme'); } catch (e) { /* storage disabled: default theme */ }
  document.documentElement.setAttribute('data-theme', light ? 'light' : (stored === 'light' ? 'light' : 'dark'));
})();
