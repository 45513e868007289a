// Abbreviations on touch screens: a title shows only when a pointer hovers, so a tap on an abbreviation writes its
// expansion after it in brackets, and a second tap takes it away. Pages are fully readable without this script
// (every abbreviation is also on the «Сокращения» page).
document.addEventListener('click', (event) => {
  var abbr = event.target instanceof Element ? event.target.closest('abbr[title]') : null;
  if (!abbr || abbr.closest('a, button')) return;
  var next = abbr.nextElementSibling;
  if (next?.classList.contains('abbr-expansion')) {
    next.remove();
    return;
  }
  var expansion = document.createElement('span');
  expansion.className = 'abbr-expansion';
  expansion.textContent = ` (${abbr.getAttribute('title')})`;
  abbr.after(expansion);
});
