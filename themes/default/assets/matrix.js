// Travaux: filters for the matrix (/matrix/). The table is complete without this script;
// with it, readers can show one kind of stakeholder, one draft's provisions or one chapter,
// and the filters are kept in the address (?kind=…&draft=…&chapter=…) so a view can be linked.
(function (root) {
  "use strict";

  /** The page's interface strings, in its language (assets/strings.js). */
  var strings = (typeof module !== "undefined" && module.exports ? require("./strings.js") : root.TravauxStrings).create();
  var useStrings = strings.useStrings, say = strings.say, readPageStrings = strings.readPageStrings;


  var NAMES = ["kind", "draft", "chapter"];

  /** The filters named in a query string ("?kind=civil-society"); unknown names are ignored. */
  function parseFilters(search) {
    var filters = { kind: "", draft: "", chapter: "" };
    String(search || "").replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) return;
      var parts = pair.split("=");
      var name = decodeURIComponent(parts[0]);
      if (NAMES.indexOf(name) >= 0) filters[name] = decodeURIComponent((parts[1] || "").replace(/\+/g, " "));
    });
    return filters;
  }

  /** The query string of `filters`, without the empty ones ("" when none is set). */
  function serializeFilters(filters) {
    var parts = NAMES.filter(function (name) { return filters[name]; }).map(function (name) {
      return encodeURIComponent(name) + "=" + encodeURIComponent(filters[name]);
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  /** Whether a row ({drafts: "a b", chapters: "a:chp_I b:chp_II"}) passes the draft and chapter filters. */
  function rowVisible(row, filters) {
    if (filters.draft && (" " + row.drafts + " ").indexOf(" " + filters.draft + " ") < 0) return false;
    if (filters.chapter && (" " + row.chapters + " ").indexOf(" " + filters.chapter + " ") < 0) return false;
    return true;
  }

  /** Whether a column ({kind: "member-state"}) passes the kind filter. */
  function columnVisible(column, filters) {
    return !filters.kind || column.kind === filters.kind;
  }

  /** "3 of 12 provisions × 2 of 4 stakeholders shown". */
  function summary(rowsShown, rows, columnsShown, columns) {
    return say("matrix_shown", "{rows_shown} of {rows} provisions \u00d7 {columns_shown} of {columns} stakeholders shown", {
      rows_shown: rowsShown, rows: rows, columns_shown: columnsShown, columns: columns,
    });
  }

  root.TravauxMatrix = {
    parseFilters: parseFilters, serializeFilters: serializeFilters,
    rowVisible: rowVisible, columnVisible: columnVisible, summary: summary, useStrings: useStrings,
  };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = root.TravauxMatrix;
    return;
  }
  if (typeof document === "undefined") return;

  function apply(form, table, filters) {
    var heads = table.querySelectorAll("thead th[data-kind]");
    var columnsShown = 0;
    Array.prototype.forEach.call(heads, function (th) {
      var visible = columnVisible({ kind: th.dataset.kind }, filters);
      th.hidden = !visible;
      if (visible) columnsShown++;
    });
    var rows = table.querySelectorAll("tbody tr");
    var rowsShown = 0;
    Array.prototype.forEach.call(rows, function (tr) {
      var visible = rowVisible({ drafts: tr.dataset.drafts || "", chapters: tr.dataset.chapters || "" }, filters);
      tr.hidden = !visible;
      if (visible) rowsShown++;
      Array.prototype.forEach.call(tr.querySelectorAll("td[data-kind]"), function (td) {
        td.hidden = !columnVisible({ kind: td.dataset.kind }, filters);
      });
    });
    var count = form.querySelector("[data-matrix-count]");
    if (count) count.textContent = summary(rowsShown, rows.length, columnsShown, heads.length);
  }

  function start() {
    readPageStrings(document);
    var form = document.querySelector("[data-matrix-filters]");
    var table = document.getElementById("matrix");
    if (!form || !table) return;
    var filters = parseFilters(location.search);
    NAMES.forEach(function (name) {
      var select = form.elements[name];
      if (!select) return;
      // A value the page no longer offers (an old link) is dropped.
      if (!Array.prototype.some.call(select.options, function (o) { return o.value === filters[name]; })) filters[name] = "";
      select.value = filters[name];
      select.addEventListener("change", function () {
        filters[name] = select.value;
        apply(form, table, filters);
        history.replaceState(null, "", location.pathname + serializeFilters(filters) + location.hash);
      });
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply(form, table, filters);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
