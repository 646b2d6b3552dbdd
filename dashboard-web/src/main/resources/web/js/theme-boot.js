// Runs before the first paint (classic script, no module) so a page never flashes the wrong theme.
// Light routes (/light, /cst_explorer_light/..., /console_light, /replay_light...) choose light; elsewhere the
// stored choice wins.
(function () {
  var light = /^\/(light|cst_explorer_light|console_light|replay_light)(\/|$)/.test(location.pathname);
  var stored = null;
  try { stored = localStorage.getItem('cccp-theme'); } catch (e) { /* storage disabled: default theme */ }
  document.documentElement.setAttribute('data-theme', light ? 'light' : (stored === 'light' ? 'light' : 'dark'));
})();
