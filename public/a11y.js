// The version for the visually impaired: applies the visitor's saved settings to every page and handles the
// settings panel. Settings live in localStorage (no cookies). Pages are fully readable without this script.
(() => {
  var KEY = 'karta-a11y';
  var root = document.documentElement;
  var defaults = { on: false, font: '1', scheme: 'bw', images: 'on', spacing: 'normal', folded: false };
  var settings;
  try {
    settings = Object.assign({}, defaults, JSON.parse(localStorage.getItem(KEY) || '{}'));
  } catch {
    settings = Object.assign({}, defaults);
  }

  function apply() {
    if (settings.on) {
      root.setAttribute('data-a11y', '');
      root.setAttribute('data-font', settings.font);
      root.setAttribute('data-scheme', settings.scheme);
      root.setAttribute('data-images', settings.images);
      root.setAttribute('data-spacing', settings.spacing);
    } else {
      ['data-a11y', 'data-font', 'data-scheme', 'data-images', 'data-spacing'].forEach((a) => {
        root.removeAttribute(a);
      });
    }
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      /* private mode: settings last for this page */
    }
  }

  function syncPanel() {
    var panel = document.getElementById('a11y-panel');
    var toggle = document.getElementById('a11y-toggle');
    if (!panel || !toggle) return;
    toggle.hidden = settings.on;
    panel.hidden = !settings.on;
    var details = document.getElementById('a11y-settings');
    if (details) details.open = !settings.folded;
    panel.querySelectorAll('[data-setting]').forEach((button) => {
      button.setAttribute(
        'aria-pressed',
        String(settings[button.getAttribute('data-setting')] === button.getAttribute('data-value')),
      );
    });
  }

  apply();

  document.addEventListener('DOMContentLoaded', () => {
    var toggle = document.getElementById('a11y-toggle');
    var panel = document.getElementById('a11y-panel');
    if (!toggle || !panel) return;
    toggle.addEventListener('click', () => {
      settings.on = true;
      settings.folded = false;
      save();
      apply();
      syncPanel();
      var first = panel.querySelector('button');
      if (first) first.focus();
    });
    panel.addEventListener('click', (event) => {
      var button = event.target.closest('button');
      if (!button) return;
      if (button.id === 'a11y-off') {
        settings.on = false;
        save();
        apply();
        syncPanel();
        toggle.focus();
        return;
      }
      settings[button.getAttribute('data-setting')] = button.getAttribute('data-value');
      save();
      apply();
      syncPanel();
    });
    var details = document.getElementById('a11y-settings');
    if (details) {
      details.addEventListener('toggle', () => {
        settings.folded = !details.open;
        save();
      });
    }
    syncPanel();
  });
})();
