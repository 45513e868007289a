// The monitoring table, sorted and filtered in the browser: by name (as the page comes), by progress or by the number
// of overdue items, and by the organisations' status (ШНОР, ШССУ…). Without this script the table is all there,
// sorted by name; the controls exist only when it runs.
(() => {
  var script = document.currentScript;
  var table = document.getElementById('monitoring');
  var place = document.getElementById('monitoring-controls');
  var count = document.getElementById('monitoring-count');
  if (!script || !table || !place) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var statuses = JSON.parse(script.dataset.statuses);
  var present = [];
  rows.forEach((row) => {
    if (row.dataset.status && present.indexOf(row.dataset.status) < 0) present.push(row.dataset.status);
  });

  function select(id, label, options) {
    var wrap = document.createElement('label');
    wrap.htmlFor = id;
    wrap.textContent = `${label} `;
    var element = document.createElement('select');
    element.id = id;
    options.forEach((pair) => {
      var option = document.createElement('option');
      option.value = pair[0];
      option.textContent = pair[1];
      element.appendChild(option);
    });
    wrap.appendChild(element);
    place.appendChild(wrap);
    return element;
  }

  // A filter only where the rows have statuses to choose from (schools; municipalities have none).
  var filter = present.length
    ? select(
        'monitoring-filter',
        script.dataset.filter,
        [['', script.dataset.all]].concat(present.map((s) => [s, statuses[s] || s])),
      )
    : { value: '', addEventListener: () => {} };
  var sort = select('monitoring-sort', script.dataset.sort, JSON.parse(script.dataset.sorts));

  function update() {
    var key = sort.value;
    var sorted = rows.slice().sort((a, b) => {
      if (key === 'progress')
        return (
          Number(b.dataset.progress) - Number(a.dataset.progress) || a.dataset.name.localeCompare(b.dataset.name, 'ru')
        );
      if (key === 'overdue')
        return (
          Number(b.dataset.overdue) - Number(a.dataset.overdue) || a.dataset.name.localeCompare(b.dataset.name, 'ru')
        );
      return a.dataset.name.localeCompare(b.dataset.name, 'ru');
    });
    var shown = 0;
    sorted.forEach((row) => {
      row.hidden = Boolean(filter.value) && row.dataset.status !== filter.value;
      if (!row.hidden) shown++;
      body.appendChild(row);
    });
    if (count)
      count.textContent = script.dataset.count.replace('{n}', String(shown)).replace('{all}', String(rows.length));
  }
  filter.addEventListener('change', update);
  sort.addEventListener('change', update);
})();
