(function () {
  "use strict";
  // Scripts add comfort: sorting, the full identifier table, the network graph. The rest of the page
  // reads without them. Errors are counted on <body data-js-errors> so that a test in a browser (or
  // an examiner) can see whether the scripts ran cleanly; this script runs first, so it also sees
  // errors raised by the ones after it.
  var body = document.body;
  var errors = 0;
  function recordError(error) {
    errors += 1;
    body.setAttribute("data-js-errors", String(errors));
    if (error && window.console) { window.console.error(error); }
  }
  body.setAttribute("data-js-errors", "0");
  window.onerror = function () { recordError(); return false; };
  window.addEventListener("unhandledrejection", function () { recordError(); });

  function safely(task) {
    try { task(); } catch (error) { recordError(error); }
  }
  function readJson(id) {
    var holder = document.getElementById(id);
    return holder ? JSON.parse(holder.textContent) : null;
  }
  // Text is only ever set as textContent: values from the evidence are never parsed as HTML.
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  // A value from the evidence in <bdi>, so right-to-left text cannot reorder what surrounds it.
  function evidence(text, asCode) {
    var bdi = element("bdi", null, text);
    if (!asCode) { return bdi; }
    var code = element("code");
    code.appendChild(bdi);
    return code;
  }
  function valueList(values, whenEmpty, asCode) {
    if (!values || values.length === 0) { return element("span", "none", whenEmpty); }
    var list = element("ul", "values");
    values.forEach(function (value) {
      list.appendChild(element("li")).appendChild(evidence(value, asCode));
    });
    return list;
  }
  // Only "strong" is shown plainly; anything else is marked unconfirmed in words, not colour alone.
  function level(value) {
    if (value === "strong") { return element("span", "level-strong", "strong"); }
    var span = element("span", "level-candidate", (value || "unknown") + " \u2014 unconfirmed");
    span.title = "not confirmed: needs the examiner";
    return span;
  }
  function time(value) {
    if (!value) { return element("span", "none", "unknown"); }
    if (!value.shown) {
      var raw = element("span", null, value.utc);
      raw.title = "not an ISO-8601 time";
      return raw;
    }
    var shown = element("time", null, value.shown);
    shown.setAttribute("datetime", value.utc);
    shown.title = value.utc + " (UTC)";
    return shown;
  }
  function count(n) {
    return Number(n).toLocaleString("en");
  }
  function sortableHeader(th, sort) {
    th.classList.add("sort");
    th.tabIndex = 0;
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
    });
  }
  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    var number = /^-?\d+(\.\d+)?$/;
    if (number.test(a) && number.test(b)) { return parseFloat(a) - parseFloat(b); }
    return String(a).localeCompare(String(b));
  }

  window.phonetriageReport = {
    recordError: recordError, safely: safely, readJson: readJson, element: element, evidence: evidence,
    valueList: valueList, level: level, time: time, count: count
  };

  // Tables written as HTML: sorted in place by their cells' text.
  function sortableTables() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var headers = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(headers, function (th, column) {
        sortableHeader(th, function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var tbody = table.tBodies[0];
          var rows = Array.prototype.slice.call(tbody.rows);
          rows.sort(function (x, y) {
            var order = compare(x.cells[column].textContent.trim(), y.cells[column].textContent.trim());
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { tbody.appendChild(row); });
        });
      });
    });
  }

  // The shared identifiers: tens of thousands of rows in a large case, so they come as JSON and only
  // a page of them is in the DOM at a time. The filter and the sorting work on all of them.
  function identifierTable() {
    var container = document.getElementById("identifier-table");
    var data = readJson("identifier-data");
    if (!container || !data) { return; }
    var rows = data.rows;
    var pageSize = parseInt(container.getAttribute("data-page"), 10) || 100;
    var MAX_ENTRIES_PER_PAGE = 500;
    rows.forEach(function (row) { row.searchText = searchText(row); });
    var columns = [
      { title: "Key", value: function (r) { return r.key; } },
      { title: "Type", value: function (r) { return r.type; } },
      { title: "Confidence", value: function (r) { return r.confidence; } },
      { title: "Owner of", value: function (r) { return r.ownerOf.join(", "); } },
      { title: "Devices", value: function (r) { return r.devices.length; } },
      { title: "On each device", value: null }
    ];
    var state = { matching: rows, shown: 0 };

    var input = element("input", "filter");
    input.type = "search";
    input.placeholder = "Filter identifiers: key, saved name, raw form, device\u2026";
    input.setAttribute("aria-label", "Filter identifiers");
    var status = element("p", "status");
    status.setAttribute("aria-live", "polite");
    var table = element("table", "identifiers");
    var headRow = table.appendChild(element("thead")).appendChild(element("tr"));
    var tbody = table.appendChild(element("tbody"));
    columns.forEach(function (column) {
      var th = headRow.appendChild(element("th", null, column.title));
      if (column.value) { sortableHeader(th, function () { sortBy(th, column); }); }
    });
    var scroll = element("div", "scroll");
    scroll.appendChild(table);
    var more = element("button", "more");
    more.type = "button";
    container.appendChild(input);
    container.appendChild(status);
    container.appendChild(scroll);
    container.appendChild(more);

    function searchText(row) {
      var parts = [row.key, row.type, row.confidence].concat(row.ownerOf);
      row.devices.forEach(function (d) {
        parts.push(d.device, d.level, d.rule);
        parts = parts.concat(d.roles, d.names, d.raw);
      });
      return parts.join("\n").toLowerCase();
    }
    function sortBy(th, column) {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(headRow.cells, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (x, y) {
        var order = compare(column.value(x), column.value(y));
        return ascending ? order : -order;
      });
      filter();
    }
    function filter() {
      var query = input.value.trim().toLowerCase();
      state.matching = query === "" ? rows : rows.filter(function (r) { return r.searchText.indexOf(query) >= 0; });
      tbody.textContent = "";
      state.shown = 0;
      showMore();
    }
    // A page is pageSize rows, or fewer when they hold many device entries: the most shared
    // identifiers come first, and in a 40-phone case each of them has a row for every phone.
    function showMore() {
      var fragment = document.createDocumentFragment();
      var entries = 0;
      var end = state.shown;
      while (end < state.matching.length && end - state.shown < pageSize && entries < MAX_ENTRIES_PER_PAGE) {
        entries += state.matching[end].devices.length;
        fragment.appendChild(renderRow(state.matching[end]));
        end++;
      }
      tbody.appendChild(fragment);
      state.shown = end;
      container.setAttribute("data-total", String(rows.length));
      container.setAttribute("data-matching", String(state.matching.length));
      container.setAttribute("data-shown", String(state.shown));
      var filtered = state.matching.length !== rows.length;
      status.textContent = "Showing " + count(state.shown) + " of " + count(state.matching.length)
          + (filtered ? " matching identifiers (" + count(rows.length) + " in all)." : " identifiers.");
      var left = state.matching.length - state.shown;
      more.hidden = left === 0;
      more.textContent = "Show more (" + count(left) + " not shown)";
    }
    function renderRow(row) {
      var tr = element("tr");
      tr.setAttribute("data-key", row.key);
      tr.appendChild(element("td")).appendChild(evidence(row.key, true));
      tr.appendChild(element("td", null, row.type));
      var confidence = tr.appendChild(element("td", null, row.confidence));
      confidence.title = data.confidence[row.confidence] || "";
      tr.appendChild(element("td")).appendChild(valueList(row.ownerOf, "none seized", false));
      tr.appendChild(element("td", "num", row.devices.length));
      tr.appendChild(element("td")).appendChild(deviceTable(row.devices));
      return tr;
    }
    function deviceTable(devices) {
      if (devices.length === 0) { return element("span", "none", "not seen on any device"); }
      var inner = element("table", "inner");
      var head = inner.appendChild(element("thead")).appendChild(element("tr"));
      ["Device", "Level", "Rule", "Roles", "Occurrences", "Saved as (this phone's alias)", "Raw forms",
        "First seen (" + data.zone + ")", "Last seen (" + data.zone + ")"].forEach(function (title) {
        head.appendChild(element("th", null, title));
      });
      var tbodyInner = inner.appendChild(element("tbody"));
      devices.forEach(function (d) {
        var tr = tbodyInner.appendChild(element("tr"));
        tr.appendChild(element("td")).appendChild(evidence(d.device));
        tr.appendChild(element("td")).appendChild(level(d.level));
        tr.appendChild(element("td")).appendChild(element("code", null, d.rule));
        tr.appendChild(element("td", null, d.roles.join(", ")));
        tr.appendChild(element("td", "num", d.occurrences));
        tr.appendChild(element("td")).appendChild(savedAs(d.names));
        tr.appendChild(element("td")).appendChild(valueList(d.raw, "none", true));
        tr.appendChild(element("td", "time")).appendChild(time(d.first));
        tr.appendChild(element("td", "time")).appendChild(time(d.last));
      });
      return inner;
    }
    function savedAs(names) {
      if (names.length === 0) { return element("span", "none", "no saved name"); }
      var list = element("ul", "values");
      names.forEach(function (name) {
        var item = list.appendChild(element("li", null, "saved as \u201C"));
        item.appendChild(evidence(name));
        item.appendChild(document.createTextNode("\u201D"));
      });
      return list;
    }
    // report.html#filter=%2B5511987654321 (or ?filter=) opens the table filtered: a link to a search.
    function filterFromLocation() {
      var match = /^#filter=(.*)$/.exec(window.location.hash);
      var value = null;
      if (match) {
        try { value = decodeURIComponent(match[1]); } catch (malformed) { value = match[1]; }
      } else if (window.URLSearchParams) {
        value = new URLSearchParams(window.location.search).get("filter");
      }
      if (value === null) { return; }
      input.value = value;
      filter();
      document.getElementById("identifiers").scrollIntoView();
    }

    input.addEventListener("input", filter);
    more.addEventListener("click", showMore);
    window.addEventListener("hashchange", function () { safely(filterFromLocation); });
    filter();
    filterFromLocation();
  }

  safely(sortableTables);
  safely(identifierTable);
})();

// printing shows every collapsed part (device pages, long lists): paper cannot be clicked open
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details').forEach(function (d) { d.open = true; });
});
