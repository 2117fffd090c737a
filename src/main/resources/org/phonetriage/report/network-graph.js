(function () {
  "use strict";
  // The network graph, drawn with the ECharts inlined just before this script. Every name shown
  // comes from seized phones: it reaches the page only as textContent, canvas text, or escaped.
  var page = window.phonetriageReport;
  var container = document.getElementById("network-graph");
  if (!page || !container) { return; }
  var el = page.element;

  var CATEGORIES = [
    { name: "Seized device", color: "#2f5d8a" },
    { name: "Device's own identifier", color: "#6f9fd0" },
    { name: "Unseized key player (lead)", color: "#d9480f" },
    { name: "Other identifier", color: "#9aa3ad" }
  ];

  var MAX_INITIAL_LINKS = 800;
  // room kept around the drawing inside the canvas: the largest symbol's radius and a margin
  var MARGIN = 28;
  // a device's distance from its owner, as a share of the drawing's extent (about 35 pixels)
  var OWNER_DISTANCE = 0.06;

  page.safely(function () {
    if (!window.echarts) { throw new Error("the graph library did not load"); }
    draw(page.readJson("network-graph-data"));
  });

  function draw(data) {
    var byId = {};
    data.links.forEach(function (l, i) { l.index = i; });
    data.nodes.forEach(function (n) { byId[n.id] = n; n.links = []; });
    data.links.forEach(function (l) {
      byId[l.source].links.push(l);
      byId[l.target].links.push(l);
    });
    var weights = distinctWeights(data.links);
    var presetIndex = fluentWeightIndex(weights, data.links);
    var controls = container.appendChild(el("div", "graph-controls"));
    var weightInput = el("input");
    weightInput.type = "range";
    weightInput.min = "0";
    weightInput.max = String(weights.length - 1);
    weightInput.value = String(presetIndex);
    var weightShown = el("output", null, weights[presetIndex]);
    labelled(controls, "Minimum link weight (calls + messages) ", [weightInput, weightShown]);
    var sizeSelect = el("select");
    sizeSelect.appendChild(new Option("weighted degree (calls + messages)", "weightedDegree"));
    sizeSelect.appendChild(new Option("degree (counterparts)", "degree"));
    labelled(controls, "Node size by ", [sizeSelect]);
    var nodeSelect = el("select");
    nodeSelect.appendChild(new Option("\u2014 choose a node \u2014", ""));
    data.nodes.slice().sort(byImportance).forEach(function (n) {
      nodeSelect.appendChild(new Option(caption(n, 60), n.id));
    });
    labelled(controls, "Details of ", [nodeSelect]);
    var shownCount = controls.appendChild(el("span", "graph-count"));
    shownCount.setAttribute("aria-live", "polite");
    // the legend has its own band above the chart, so that it never hides a node
    var legend = container.appendChild(el("ul", "graph-legend"));
    CATEGORIES.forEach(function (c, i) {
      var item = legend.appendChild(el("li"));
      item.appendChild(el("span", "swatch c" + i + (i === 0 ? " square" : "")));
      item.appendChild(document.createTextNode(c.name));
    });
    var layout = container.appendChild(el("div", "graph-layout"));
    var canvasHolder = layout.appendChild(el("div", "graph-chart"));
    var details = layout.appendChild(el("aside", "graph-details"));
    details.setAttribute("aria-live", "polite");

    var chart = window.echarts.init(canvasHolder, null, { renderer: "canvas" });
    var visibleNodes = [];
    var drawnList = container.appendChild(el("ol", "graph-drawn"));
    drawnList.hidden = true;
    chart.on("rendered", function () {
      container.setAttribute("data-rendered-nodes", String(renderedNodeCount(chart, visibleNodes.length)));
    });
    chart.on("click", function (params) {
      if (params.dataType === "node") {
        select(params.data.id, false);
      } else if (params.dataType === "edge") {
        showLink(data.links[params.data.linkIndex]);
      }
    });

    function update() {
      var min = weights[Number(weightInput.value)];
      weightShown.textContent = String(min);
      var positions = currentPositions(chart);
      var links = data.links.filter(function (l) { return l.kind === "owner" || l.weight >= min; });
      var linked = {};
      links.forEach(function (l) {
        if (l.kind === "communication") { linked[l.source] = true; linked[l.target] = true; }
      });
      visibleNodes = data.nodes.filter(function (n) { return n.kind === "device" || n.seized || linked[n.id]; });
      var measure = sizeSelect.value;
      var max = 0;
      visibleNodes.forEach(function (n) { max = Math.max(max, n[measure]); });
      // the force layout runs to its end at once, then the settled drawing is fitted to the canvas
      chart.setOption(option(visibleNodes, links, measure, max, positions, "force"), { notMerge: true });
      var settled = besideOwners(visibleNodes, links, currentPositions(chart));
      chart.setOption(option(visibleNodes, links, measure, max, settled, "none"), { notMerge: true });
      recordDrawing();
      shownCount.textContent = page.count(visibleNodes.length) + " nodes, "
          + page.count(links.filter(function (l) { return l.kind === "communication"; }).length)
          + " communication links shown"
          + (presetIndex > 0 ? " (the minimum weight starts at " + weights[presetIndex]
            + " so that the drawing stays fluent; lower it to see more)" : "");
      container.setAttribute("data-visible-nodes", String(visibleNodes.length));
    }

    // Writes where each node was drawn (pixels in the canvas) and its label, for tests and tools.
    function recordDrawing() {
      drawnList.textContent = "";
      container.setAttribute("data-canvas-width", String(chart.getWidth()));
      container.setAttribute("data-canvas-height", String(chart.getHeight()));
      var series = chart.getModel().getSeriesByIndex(0);
      var drawn = series.getData();
      for (var i = 0; i < drawn.count(); i++) {
        var point = chart.convertToPixel({ seriesIndex: 0 }, drawn.getItemLayout(i));
        var item = drawn.getRawDataItem(i);
        var li = drawnList.appendChild(el("li"));
        li.setAttribute("data-node-x", String(Math.round(point[0])));
        li.setAttribute("data-node-y", String(Math.round(point[1])));
        li.setAttribute("data-node-radius", String(Math.ceil(item.symbolSize / 2)));
        if (item.label.show) { li.setAttribute("data-label", item.labelText); }
        li.setAttribute("data-names", byId[item.id].alias || "");
        var owner = byId[item.id].links.filter(function (l) { return l.kind === "owner" && l.source === item.id; })[0];
        if (owner) { li.setAttribute("data-owner", owner.target); }
        li.textContent = item.id;
      }
    }

    // Shows a node's details; `highlight` also fades all but it and its neighbours in the graph.
    function select(id, highlight) {
      var node = byId[id];
      if (!node) { return; }
      nodeSelect.value = id;
      showNode(node);
      var index = visibleNodes.indexOf(node);
      chart.dispatchAction({ type: "downplay", seriesIndex: 0 });
      if (highlight && index >= 0) { chart.dispatchAction({ type: "highlight", seriesIndex: 0, dataIndex: index }); }
    }

    function showNode(n) {
      details.textContent = "";
      details.appendChild(el("h3")).appendChild(page.evidence(n.kind === "device" ? n.label : caption(n, 200)));
      var kind = n.kind === "device" ? "Seized device"
          : n.lead ? "Not seized: key player #" + n.keyPlayer + ", a lead"
          : n.seized ? "Own identifier of a seized device" : "Identifier, not seized";
      details.appendChild(el("p", n.lead ? "lead" : "muted", kind));
      var facts = details.appendChild(el("dl", "facts"));
      fact(facts, n.person ? "Primary key" : "Key", page.evidence(n.id, true));
      if (n.person) {
        fact(facts, "Person", n.person);
        fact(facts, "Identifiers (" + n.keys.length + ")", page.valueList(n.keys, "none", true));
      }
      if (n.kind !== "device") {
        fact(facts, "Type", n.type);
        fact(facts, "Saved as (aliases)", page.valueList(n.names, "no saved name", false));
      }
      fact(facts, "On devices", page.valueList(n.devices, "none", false));
      fact(facts, "Owner of", page.valueList(n.ownerOf, "not seized", false));
      fact(facts, "Counterparts (degree)", page.count(n.degree));
      fact(facts, "Calls + messages", page.count(n.weightedDegree));
      fact(facts, "PageRank", n.pagerank);
      fact(facts, "Betweenness", n.betweenness);
      fact(facts, "Community", n.community ? "#" + n.community : "none");
      fact(facts, "Key player rank", n.keyPlayer ? "#" + n.keyPlayer : "not listed");
      linkTable(n);
    }

    function linkTable(n) {
      var links = n.links.slice().sort(function (a, b) { return b.weight - a.weight; });
      details.appendChild(el("h4", null, "Links (" + links.length + ")"));
      if (links.length === 0) { details.appendChild(el("p", "none", "none drawn")); return; }
      var table = details.appendChild(el("table", "inner"));
      var head = table.appendChild(el("thead")).appendChild(el("tr"));
      ["With", "Calls out / in", "Messages out / in", "First", "Last"].forEach(function (t) {
        head.appendChild(el("th", null, t));
      });
      var tbody = table.appendChild(el("tbody"));
      links.forEach(function (l) {
        var other = byId[l.source === n.id ? l.target : l.source];
        var tr = tbody.appendChild(el("tr"));
        var go = tr.appendChild(el("td")).appendChild(el("button", "linklike"));
        go.type = "button";
        go.appendChild(page.evidence(caption(other, 60)));
        go.addEventListener("click", function () { page.safely(function () { select(other.id, true); }); });
        if (l.kind === "owner") {
          var owner = tr.appendChild(el("td", "muted", "owner link"));
          owner.colSpan = 4;
          return;
        }
        var out = l.source === n.id;
        tr.appendChild(el("td", "num", (out ? l.calls : l.callsBack) + " / " + (out ? l.callsBack : l.calls)));
        tr.appendChild(el("td", "num",
            (out ? l.messages : l.messagesBack) + " / " + (out ? l.messagesBack : l.messages)));
        tr.appendChild(el("td")).appendChild(page.time(l.first));
        tr.appendChild(el("td")).appendChild(page.time(l.last));
      });
    }

    function showLink(l) {
      var a = byId[l.source];
      var b = byId[l.target];
      details.textContent = "";
      var title = details.appendChild(el("h3"));
      title.appendChild(page.evidence(caption(a, 80)));
      title.appendChild(document.createTextNode(" \u2194 "));
      title.appendChild(page.evidence(caption(b, 80)));
      var facts = details.appendChild(el("dl", "facts"));
      if (l.kind === "owner") {
        fact(facts, "Link", "the device owns this identifier");
        return;
      }
      fact(facts, "Level", page.level(l.strong ? "strong" : "candidate"));
      fact(facts, "Calls", l.calls + " \u2192, " + l.callsBack + " \u2190");
      fact(facts, "Messages", l.messages + " \u2192, " + l.messagesBack + " \u2190");
      fact(facts, "Call time", page.count(l.durationSeconds) + " s");
      fact(facts, "First", page.time(l.first));
      fact(facts, "Last", page.time(l.last));
      fact(facts, "Logged on", page.valueList(l.devices, "none", false));
    }

    // layout "force" lays the nodes out from `positions`; "none" draws them where `positions` says,
    // the whole drawing scaled to fit the canvas inside a margin
    function option(nodes, links, measure, max, positions, layoutKind) {
      var radius = 200;
      var heaviest = maxWeight(links);
      var start = startPositions(nodes, links, positions, radius);
      var middle = middleX(nodes, start);
      return {
        animation: false,
        tooltip: { confine: true, formatter: tooltip },
        series: [{
          type: "graph",
          layout: layoutKind,
          roam: true,
          draggable: true,
          left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN,
          categories: CATEGORIES.map(function (c) { return { name: c.name, itemStyle: { color: c.color } }; }),
          // a small network spread out to fill the view, a large one packed to fit it
          // (an owner link carries the heaviest value: the shortest length, its device beside its owner)
          force: nodes.length > 80
            ? { repulsion: 60, gravity: 0.2, edgeLength: [12, 80], friction: 0.2, layoutAnimation: false }
            : { repulsion: 320, gravity: 0.15, edgeLength: [30, 170], friction: 0.2, layoutAnimation: false },
          emphasis: { focus: "adjacency", label: { show: true }, lineStyle: { width: 4 } },
          label: { position: "right", fontSize: 11, color: "#16191d",
            formatter: function (p) { return p.data.labelText; } },
          labelLayout: { hideOverlap: true },
          lineStyle: { color: "#7b8491", opacity: 0.6 },
          data: nodes.map(function (n, i) {
            var at = start[n.id];
            var shown = n.kind === "device" || n.keyPlayer > 0;
            return {
              id: n.id, name: n.id, x: at[0], y: at[1], value: n.weightedDegree, labelText: caption(n, 40),
              category: category(n),
              symbol: n.kind === "device" ? "roundRect" : "circle",
              symbolSize: n.kind === "device" ? 22 : 8 + 30 * Math.sqrt(max > 0 ? n[measure] / max : 0),
              itemStyle: n.lead ? { borderColor: "#6b1f00", borderWidth: 3 } : undefined,
              // a label on the right half is written leftwards, towards the middle, not off the canvas
              label: { show: shown, position: at[0] > middle ? "left" : "right" }
            };
          }),
          links: links.map(function (l) {
            var owner = l.kind === "owner";
            return {
              source: l.source, target: l.target, linkIndex: l.index, value: owner ? heaviest : l.weight,
              lineStyle: owner ? { type: "dashed", width: 1, color: "#2f5d8a" }
                : { width: 1 + 5 * Math.sqrt(l.weight / heaviest), type: l.strong ? "solid" : "dotted" }
            };
          })
        }]
      };
    }

    function tooltip(p) {
      if (p.dataType === "edge") {
        var l = data.links[p.data.linkIndex];
        if (l.kind === "owner") { return escape(l.devices[0]) + " owns " + escape(l.target); }
        return escape(l.source) + " \u2194 " + escape(l.target) + "<br>" + (l.calls + l.callsBack) + " calls, "
            + (l.messages + l.messagesBack) + " messages" + (l.strong ? "" : " (candidate \u2014 unconfirmed)");
      }
      var n = byId[p.data.id];
      return escape(caption(n, 80)) + "<br>" + n.degree + " counterparts, " + n.weightedDegree
          + " calls + messages" + (n.lead ? "<br><b>not seized: a lead</b>" : "");
    }

    function fact(list, name, value) {
      list.appendChild(el("dt", null, name));
      var dd = list.appendChild(el("dd"));
      if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    }

    weightInput.addEventListener("input", function () { page.safely(update); });
    sizeSelect.addEventListener("change", function () { page.safely(update); });
    nodeSelect.addEventListener("change", function () {
      page.safely(function () { if (nodeSelect.value) { select(nodeSelect.value, true); } });
    });
    window.addEventListener("resize", function () { chart.resize(); });
    window.addEventListener("beforeprint", function () { chart.resize(); });
    window.addEventListener("afterprint", function () { chart.resize(); });
    update();
    details.appendChild(el("p", "muted", "Click a node or a link for its details."));
    // opens on the lead an examiner would look at first: the best-ranked unseized key player
    var leads = data.nodes.filter(function (n) { return n.lead; }).sort(byImportance);
    if (leads.length) { select(leads[0].id, false); }
  }

  // ECharts writes tooltips as HTML: everything in them is escaped here first.
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  function category(n) {
    if (n.kind === "device") { return 0; }
    if (n.seized) { return 1; }
    return n.lead ? 2 : 3;
  }

  // "Alias · key" for an identifier or person the phones saved under a name, else the key; a
  // device's label. Only the alias is shortened: the key tells two nodes apart.
  function caption(n, max) {
    if (n.kind === "device") { return shorten(n.label, max); }
    if (!n.alias) { return n.id; }
    return shorten(n.alias, Math.max(8, max - n.id.length - 3)) + " \u00B7 " + n.id;
  }

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
  }

  // Where each node starts: where it already was, else on a circle in importance order; a device
  // without a place starts beside its owner.
  function startPositions(nodes, links, positions, radius) {
    var start = {};
    var others = nodes.filter(function (n) { return n.kind !== "device"; });
    others.forEach(function (n, i) {
      start[n.id] = positions[n.id] || [radius * Math.cos(2 * Math.PI * i / others.length),
        radius * Math.sin(2 * Math.PI * i / others.length)];
    });
    nodes.forEach(function (n, i) {
      if (n.kind !== "device") { return; }
      var owner = links.filter(function (l) { return l.kind === "owner" && l.source === n.id && start[l.target]; })[0];
      var near = owner ? start[owner.target] : [radius * Math.cos(i), radius * Math.sin(i)];
      start[n.id] = positions[n.id] || [near[0] + 10, near[1] + 10];
    });
    return start;
  }

  // Puts each device at a short fixed distance from its owner (the force layout alone leaves it
  // wherever the repulsion of others pushed it), on the side where the layout had put it.
  function besideOwners(nodes, links, positions) {
    var min = [Infinity, Infinity];
    var max = [-Infinity, -Infinity];
    nodes.forEach(function (n) {
      var p = positions[n.id];
      if (!p) { return; }
      min = [Math.min(min[0], p[0]), Math.min(min[1], p[1])];
      max = [Math.max(max[0], p[0]), Math.max(max[1], p[1])];
    });
    var distance = OWNER_DISTANCE * Math.max(max[0] - min[0], max[1] - min[1], 1);
    nodes.forEach(function (n) {
      if (n.kind !== "device" || !positions[n.id]) { return; }
      var owner = links.filter(function (l) {
        return l.kind === "owner" && l.source === n.id && positions[l.target];
      })[0];
      if (!owner) { return; }
      var from = positions[owner.target];
      var at = positions[n.id];
      var dx = at[0] - from[0];
      var dy = at[1] - from[1];
      var length = Math.sqrt(dx * dx + dy * dy) || 1;
      if (length === 1 && dx === 0 && dy === 0) { dx = -1; }
      positions[n.id] = [from[0] + distance * dx / length, from[1] + distance * dy / length];
    });
    return positions;
  }

  function middleX(nodes, start) {
    var min = Infinity;
    var max = -Infinity;
    nodes.forEach(function (n) { min = Math.min(min, start[n.id][0]); max = Math.max(max, start[n.id][0]); });
    return nodes.length ? (min + max) / 2 : 0;
  }

  function byImportance(a, b) {
    var rank = function (n) { return n.kind === "device" ? 0 : n.lead ? 1 : n.keyPlayer ? 2 : 3; };
    return rank(a) - rank(b) || (a.keyPlayer || 1e9) - (b.keyPlayer || 1e9)
        || b.weightedDegree - a.weightedDegree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  function distinctWeights(links) {
    var seen = {};
    links.forEach(function (l) { if (l.kind === "communication") { seen[l.weight] = true; } });
    var weights = Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    return weights.length ? weights : [0];
  }

  // Thousands of lines make the force layout crawl: start with the lowest threshold that draws at
  // most MAX_INITIAL_LINKS (the examiner can lower it).
  function fluentWeightIndex(weights, links) {
    for (var i = 0; i < weights.length; i++) {
      var drawn = links.filter(function (l) { return l.kind === "communication" && l.weight >= weights[i]; });
      if (drawn.length <= MAX_INITIAL_LINKS) { return i; }
    }
    return weights.length - 1;
  }

  function maxWeight(links) {
    var max = 1;
    links.forEach(function (l) { if (l.kind === "communication") { max = Math.max(max, l.weight); } });
    return max;
  }

  function labelled(parent, text, inputs) {
    var label = parent.appendChild(el("label", null, text));
    inputs.forEach(function (input) { label.appendChild(input); });
  }

  // Where the force layout has placed each node, so that changing the filter does not scatter them.
  function currentPositions(chart) {
    var positions = {};
    var series = chart.getModel() && chart.getModel().getSeriesByIndex(0);
    if (!series) { return positions; }
    var data = series.getData();
    for (var i = 0; i < data.count(); i++) {
      var point = data.getItemLayout(i);
      if (point && isFinite(point[0]) && isFinite(point[1])) { positions[data.getId(i)] = [point[0], point[1]]; }
    }
    return positions;
  }

  function renderedNodeCount(chart, fallback) {
    var series = chart.getModel() && chart.getModel().getSeriesByIndex(0);
    return series ? series.getData().count() : fallback;
  }
})();
