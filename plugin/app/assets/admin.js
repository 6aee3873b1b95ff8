/* Candor trust report page (ZAF v2 nav_bar, no build step). Admins only: agents never see it — the icon is
 * hidden for anyone whose Zendesk role is not "admin", and the backend checks the role again on every call
 * (GET /admin/api/trust-report answers 403 to anyone else). Every visible string comes from
 * ../translations/<locale>.json; report data is only ever written with textContent.
 * Below the report: the tenant's Help Center index (GET /admin/api/kb/status, issue 17) — article
 * translations per locale, macros, articles kept back (user segments), last sync, the last error and what the last sync could do only in part. */
(function () {
  "use strict";

  var state = { client: null, strings: {}, session: "", api: "" };

  function $(id) { return document.getElementById(id); }
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") || "" : "";
  }

  /* The API address: CANDOR_PUBLIC_URL's, or (without it) the path "/zaf/api" on the origin this page was
     loaded from — resolved here from the page's own location, never from a Host header; ZAF's proxy
     (cors: false) needs an absolute URL. */
  function absolute(address) {
    if (!address) { return ""; }
    try { return new URL(address, window.location.href).href; } catch (e) { return ""; }
  }

  function t(key) {
    var text = (state.strings.admin || {})[key];
    return typeof text === "string" ? text : key;
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text != null) { node.textContent = String(text); }
    return node;
  }

  function loadStrings(locale) {
    var base = (locale || "en").toLowerCase().split("-")[0];
    var get = function (name) {
      return fetch("../translations/" + name + ".json").then(function (r) {
        if (!r.ok) { throw new Error("no translations for " + name); }
        return r.json();
      });
    };
    return get(base).catch(function () { return get("en"); }).then(function (strings) {
      state.strings = strings;
      Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
        node.textContent = t(node.getAttribute("data-i18n"));
      });
    });
  }

  function status(text, isError) {
    var node = $("status");
    node.textContent = text || "";
    node.className = "status" + (isError ? " error" : "");
  }

  /* One bar per period; a hidden (small) count is a short grey stub, never its value. */
  function chart(series, isStat) {
    var box = el("div", "bars");
    box.setAttribute("aria-hidden", "true");
    var known = series.filter(function (v) { return typeof v === "number"; });
    var top = Math.max.apply(null, known.concat([1]));
    series.forEach(function (value) {
      var bar = el("span", value === null && !isStat ? "masked" : "");
      bar.style.height = (value === null ? (isStat ? 0 : 10) : Math.round(100 * value / top)) + "%";
      box.appendChild(bar);
    });
    return box;
  }

  function figure(f) {
    var card = el("article", "figure");
    card.setAttribute("data-figure", f.id);
    card.appendChild(el("h3", "", f.label));
    var hidden = f.stat ? f.stat.median === null : f.count === null;
    card.appendChild(el("p", "value" + (hidden ? " hidden" : ""), f.display));
    if (f.percent) { card.appendChild(el("p", "pct", f.percent.display)); }
    card.appendChild(el("p", "sentence", f.sentence));
    if (f.series && f.series.length) { card.appendChild(chart(f.series, !!f.stat)); }
    return card;
  }

  function table(tb) {
    var wrap = el("div");
    wrap.appendChild(el("h3", "", tb.title));
    wrap.appendChild(el("p", "meta", tb.sentence));
    if (!tb.rows.length) { wrap.appendChild(el("p", "meta", t("nothing"))); return wrap; }
    var node = el("table", "counts");
    var head = el("tr");
    head.appendChild(el("th", "", ""));
    (tb.column_labels || tb.columns).forEach(function (c) { head.appendChild(el("th", "", c)); });
    node.appendChild(head);
    tb.rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", "", row.label.replace(/_/g, " ")));
      row.cells.forEach(function (cell) { tr.appendChild(el("td", "", cell.display)); });
      node.appendChild(tr);
    });
    wrap.appendChild(node);
    return wrap;
  }

  function render(report) {
    var root = $("report");
    root.textContent = "";
    var rule = report.min_count > 1 ? t("small_numbers").replace(/\{\{n\}\}/g, report.min_count) : t("exact_counts");
    root.appendChild(el("p", "meta", rule));
    report.sections.forEach(function (section) {
      var box = el("section", "report-section");
      box.id = "section-" + section.id;
      box.appendChild(el("h2", "", section.title));
      if (section.sentence) { box.appendChild(el("p", "sentence", section.sentence)); }
      var grid = el("div", "figures");
      section.figures.forEach(function (f) { grid.appendChild(figure(f)); });
      box.appendChild(grid);
      (section.tables || []).forEach(function (tb) { box.appendChild(table(tb)); });
      root.appendChild(box);
    });
  }

  function when(epoch) {
    return epoch ? new Date(epoch * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC" : t("kb_never");
  }

  /* The Help Center index: counts per locale, last sync, last error (the last good index stays in use). */
  function renderKb(kb) {
    var box = $("kb");
    box.textContent = "";
    box.appendChild(el("h2", "", t("kb_title")));
    var source = { help_center: t("kb_source_help_center"), markdown_folder: t("kb_source_markdown_folder"),
                   none: t("kb_source_none") };
    box.appendChild(el("p", "sentence", source[kb.source] || source.none));
    var facts = el("dl", "kb-facts");
    [["kb_last_success", when(kb.last_success)], ["kb_last_attempt", when(kb.last_attempt)],
     ["kb_macros", kb.macros], ["kb_internal", kb.internal]].forEach(function (pair) {
      var row = el("div");
      row.setAttribute("data-kb", pair[0].replace(/^kb_/, ""));
      row.appendChild(el("dt", "", t(pair[0])));
      row.appendChild(el("dd", "", pair[1]));
      facts.appendChild(row);
    });
    box.appendChild(facts);
    if (kb.error) { box.appendChild(el("p", "status error kb-error", t("kb_error") + " " + kb.error)); }
    (kb.warnings || []).forEach(function (line) {
      box.appendChild(el("p", "status warning kb-warning", t("kb_warning") + " " + line));
    });
    var locales = Object.keys(kb.articles || {}).sort();
    if (!locales.length) { box.appendChild(el("p", "meta", t("kb_no_articles"))); return; }
    var node = el("table", "counts");
    node.setAttribute("data-table", "kb_locales");
    var head = el("tr");
    head.appendChild(el("th", "", t("kb_locale")));
    head.appendChild(el("th", "", t("kb_articles")));
    node.appendChild(head);
    locales.forEach(function (locale) {
      var tr = el("tr");
      tr.appendChild(el("th", "", locale));
      tr.appendChild(el("td", "", kb.articles[locale]));
      node.appendChild(tr);
    });
    box.appendChild(node);
  }

  function loadKb() {
    return state.client.request({
      url: state.api + "/kb/status",
      type: "GET",
      dataType: "json",
      headers: { "Authorization": "Bearer " + state.session, "X-Candor-App-Key": "{{setting.candor_app_key}}" },
      secure: true,
      cors: false
    }).then(renderKb, function () { $("kb").textContent = ""; $("kb").appendChild(el("p", "status error", t("kb_unavailable"))); });
  }

  function failure(err) {
    var code = err && err.status;
    if (code === 403) { return t("admins_only"); }
    if (code === 401) { return t("session_expired"); }
    return t("error");
  }

  function load() {
    var query = [];
    if ($("since").value) { query.push("since=" + encodeURIComponent($("since").value)); }
    if ($("until").value) { query.push("until=" + encodeURIComponent($("until").value)); }
    status(t("loading"));
    return state.client.request({
      url: state.api + "/trust-report" + (query.length ? "?" + query.join("&") : ""),
      type: "GET",
      dataType: "json",
      headers: { "Authorization": "Bearer " + state.session, "X-Candor-App-Key": "{{setting.candor_app_key}}" },
      secure: true,
      cors: false
    }).then(function (report) { status(""); render(report); }, function (err) { status(failure(err), true); });
  }

  function start() {
    state.session = meta("candor-session");
    state.api = absolute(meta("candor-api")).replace(/\/zaf\/api\/?$/, "/admin/api");
    state.client = window.ZAFClient ? window.ZAFClient.init() : null;
    if (!state.client || !state.session || !state.api) {
      return loadStrings("en").then(function () { status(t("not_connected"), true); $("app").setAttribute("aria-busy", "false"); });
    }
    return state.client.get(["currentUser.role", "currentUser.locale"]).then(function (data) {
      return loadStrings(data["currentUser.locale"] || "en").then(function () {
        if (data["currentUser.role"] !== "admin") {
          state.client.invoke("hide");  // agents: no icon in the nav bar, nothing loaded
          status(t("admins_only"), true);
          return null;
        }
        $("range").hidden = false;
        $("range").addEventListener("submit", function (event) { event.preventDefault(); load(); });
        return load().then(loadKb);
      });
    }).then(function () { $("app").setAttribute("aria-busy", "false"); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
