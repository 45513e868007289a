// Filters a long list as the visitor types (the organisations' tree, the glossary): what holds every word typed stays,
// the rest is hidden, and a count is said to screen readers. In a tree an entry also stays when one above or below it
// matches. Without this script the filter is not shown and the whole list is.
(() => {
  function norm(text) {
    return text.toLowerCase().replace(/ё/g, 'е');
  }
  function ownText(item) {
    var text = '';
    item.childNodes.forEach((node) => {
      if (node.nodeName !== 'UL' && node.nodeName !== 'OL') text += node.textContent;
    });
    return norm(text);
  }
  document.querySelectorAll('[data-filter-list]').forEach((box) => {
    var list = document.querySelector(box.getAttribute('data-filter-list'));
    var input = box.querySelector('input');
    var status = box.querySelector('[role=status]');
    if (!list || !input) return;
    var tree = box.hasAttribute('data-filter-tree');
    var items = Array.prototype.slice.call(list.querySelectorAll(box.getAttribute('data-filter-items')));
    var groups = box.hasAttribute('data-filter-groups')
      ? Array.prototype.slice.call(document.querySelectorAll(box.getAttribute('data-filter-groups')))
      : [];
    var texts = items.map((item) => (tree ? ownText(item) : norm(item.textContent)));
    box.hidden = false;
    input.addEventListener('input', () => {
      var words = norm(input.value).split(/\s+/).filter(Boolean);
      var matched = texts.map((text) => words.every((w) => text.indexOf(w) >= 0));
      var shown = 0;
      items.forEach((item, i) => {
        var visible = matched[i];
        if (tree && !visible) {
          visible = items.some((other, j) => matched[j] && (other.contains(item) || item.contains(other)));
        }
        item.hidden = !visible;
        if (visible) shown++;
      });
      groups.forEach((group) => {
        group.hidden = !group.querySelector(`${box.getAttribute('data-filter-items')}:not([hidden])`);
      });
      if (status)
        status.textContent = words.length
          ? status.getAttribute('data-template').replace('{n}', shown).replace('{all}', items.length)
          : '';
    });
  });
})();
