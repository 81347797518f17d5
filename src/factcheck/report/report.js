"use strict";
// Progressive enhancement only: every page is complete without this script.
// Search and "only failing" filter every table of the page; headers sort their table.
document.addEventListener("DOMContentLoaded", function () {
  document.documentElement.setAttribute("data-js", "ready");
  var searches = document.querySelectorAll("input.search");
  var boxes = document.querySelectorAll("input.only-failing");
  var tables = document.querySelectorAll("table.filterable");
  function apply(source) {
    var text = source && source.classList.contains("search") ? source.value : null;
    var only = source && source.classList.contains("only-failing") ? source.checked : null;
    searches.forEach(function (s) { if (text !== null) { s.value = text; } });
    boxes.forEach(function (b) { if (only !== null) { b.checked = only; } });
    var q = searches.length ? searches[0].value.trim().toLowerCase() : "";
    var fail = boxes.length ? boxes[0].checked : false;
    var shown = 0, total = 0;
    tables.forEach(function (t) {
      t.tBodies[0].querySelectorAll(":scope > tr").forEach(function (tr) {
        total += 1;
        var hide = (fail && tr.getAttribute("data-passed") !== "false") ||
                   (q !== "" && tr.textContent.toLowerCase().indexOf(q) < 0);
        tr.hidden = hide;
        if (!hide) { shown += 1; }
      });
    });
    document.body.classList.toggle("only-failing", fail);
    document.querySelectorAll(".shown").forEach(function (s) {
      s.textContent = (q !== "" || fail) ? shown + " of " + total + " rows shown" : "";
    });
  }
  // ?q=text&failing=1 in the address pre-sets the filter (a link can share a view)
  var params = new URLSearchParams(window.location.search);
  if (searches.length && params.get("q")) { searches[0].value = params.get("q"); apply(searches[0]); }
  if (boxes.length && params.get("failing") === "1") { boxes[0].checked = true; apply(boxes[0]); }
  searches.forEach(function (s) {
    s.disabled = false;
    s.addEventListener("input", function () { apply(s); });
  });
  boxes.forEach(function (b) {
    b.disabled = false;
    b.addEventListener("change", function () { apply(b); });
  });
  function key(cell) {
    var t = (cell ? cell.textContent : "").trim();
    var n = Number(t.replace(/[,\s]/g, ""));
    return t !== "" && !isNaN(n) ? n : t.toLowerCase();
  }
  document.querySelectorAll("table.sortable > thead th").forEach(function (th) {
    var table = th.closest("table"), col = th.cellIndex;
    th.tabIndex = 0;
    th.setAttribute("aria-sort", "none");
    th.title = "sort by " + th.textContent;
    function sort() {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.querySelectorAll(":scope > tr"));
      rows.sort(function (a, b) {
        var x = key(a.cells[col]), y = key(b.cells[col]);
        var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); } });
  });
});
