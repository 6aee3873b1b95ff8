/* Candor sidebar (ZAF v2, no build step). Shows the AI suggestion for the open ticket and sends the agent's
 * actions to the Candor backend. Backend calls go through client.request() with secure: true, so Zendesk's
 * proxy adds the secure setting `candor_app_key`; our session token (put in the page by the backend after it
 * verified Zendesk's signed request) travels in the Authorization header. Every visible string comes from
 * ../translations/<locale>.json; data is only ever written with textContent. */
(function () {
  "use strict";

  var state = { client: null, strings: {}, session: "", api: "", ticketId: null, locale: "en",
                view: null, inserted: null, busy: false };

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

  function t(key, vars) {
    var text = (state.strings.sidebar || {})[key];
    if (typeof text !== "string") { return key; }
    return text.replace(/\{\{(\w+)\}\}/g, function (_, name) {
      return vars && vars[name] != null ? String(vars[name]) : "";
    });
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
      Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (el) {
        el.textContent = t(el.getAttribute("data-i18n"));
      });
    });
  }

  function status(text, isError) {
    var el = $("status");
    el.textContent = text || "";
    el.className = "status" + (isError ? " error" : "");
  }

  function failure(err) {
    var code = err && err.status;
    if (code === 401) { return t("session_expired"); }
    if (code === 403) { return t("app_key_missing"); }
    var reason = err && err.responseJSON && err.responseJSON.error;
    return reason ? t("failed", { reason: reason }) : t("error");
  }

  function api(method, path, body) {
    return state.client.request({
      url: state.api + "/tickets/" + state.ticketId + path,
      type: method,
      contentType: "application/json",
      dataType: "json",
      data: body === undefined ? undefined : JSON.stringify(body),
      headers: { "Authorization": "Bearer " + state.session, "X-Candor-App-Key": "{{setting.candor_app_key}}" },
      secure: true,
      cors: false
    });
  }

  /* When Candor can no longer refresh its Zendesk token, say so (an admin must install again). */
  function checkConnection() {
    return state.client.request({
      url: state.api + "/status", type: "GET", dataType: "json",
      headers: { "Authorization": "Bearer " + state.session, "X-Candor-App-Key": "{{setting.candor_app_key}}" },
      secure: true, cors: false
    }).then(function (s) {
      if (s && s.oauth && s.oauth.status !== "ok") { status(s.oauth.message, true); }
    }, function () {});
  }

  function setBusy(busy) {
    state.busy = busy;
    $("app").setAttribute("aria-busy", busy ? "true" : "false");
    Array.prototype.forEach.call(document.querySelectorAll("#suggestion button"), function (b) {
      b.disabled = busy || b.getAttribute("data-done") === "true";
    });
  }

  function renderRoute(route, aiAllowed) {
    var section = $("route");
    section.hidden = !route;
    if (!route) { return; }
    var human = route.route === "bias_review" || route.route === "human";
    section.className = "route" + (human ? " human" : "");
    var text = route.route === "bias_review" ? t("route_review", route)
      : route.route === "human" ? t("route_handoff", route) : t("route_ai");
    $("route-text").textContent = text + (aiAllowed ? "" : " " + t("route_no_ai"));
  }

  function renderSources(sources) {
    var list = $("sources");
    list.textContent = "";
    sources.forEach(function (source) {
      var item = document.createElement("li");
      if (source.url && /^https?:\/\//.test(source.url)) {
        var link = document.createElement("a");
        link.href = source.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.textContent = source.title;
        item.appendChild(link);
      } else {
        item.textContent = source.title;
      }
      list.appendChild(item);
    });
    $("sources-none").hidden = sources.length > 0;
  }

  function render(view) {
    state.view = view;
    renderRoute(view.route, view.ai_allowed);
    $("outcome").hidden = !(view.route && view.route.route === "bias_review");
    var s = view.suggestion;
    $("suggestion").hidden = !s;
    if (!s) {
      status(view.ai_allowed ? t("none") : "");
      return;
    }
    status("");
    $("flagged-human").hidden = (s.flagged || []).indexOf("claims to be human") < 0;
    $("draft").textContent = s.draft;
    $("drafted-by").textContent = t("drafted_by", { model: s.model || "", created: (s.created_at || "").slice(0, 16).replace("T", " ") });
    $("low-confidence").hidden = !s.low_confidence;
    $("hidden-text").textContent = s.hidden_summary ? t("hidden", { summary: s.hidden_summary }) : t("hidden_none");
    renderSources(s.sources || []);
    Array.prototype.forEach.call(document.querySelectorAll("#suggestion button"), function (b) {
      b.removeAttribute("data-done");
    });
    setBusy(false);
  }

  function load() {
    return api("GET", "/suggestion?locale=" + encodeURIComponent(state.locale));
  }

  function run(task) {
    if (state.busy || !state.view || !state.view.suggestion) { return Promise.resolve(); }
    setBusy(true);
    return task(state.view.suggestion).catch(function (err) { status(failure(err), true); })
      .then(function () { setBusy(false); });
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* The rich-text composer takes HTML (line breaks as <br>); the plain one takes the text as it is. */
  function insert() {
    return run(function (s) {
      var text = s.draft.replace(/\s+$/, "") + "\n\n" + state.view.disclosure.footer;
      return state.client.get("ticket.comment.useRichText").then(function (data) {
        var rich = data["ticket.comment.useRichText"] === true;
        return state.client.invoke("ticket.editor.insert", rich ? escapeHtml(text).replace(/\n/g, "<br>") : text);
      }).then(function () {
        state.inserted = { id: s.id, draft: s.draft };
        return api("POST", "/actions", { action: "inserted", suggestion_id: s.id, locale: state.locale });
      }).then(function () { status(t("inserted")); });
    });
  }

  function regenerate() {
    return run(function (s) {
      return api("POST", "/regenerate", {}).then(function () {
        status(t("regenerating"));
        poll(s.id, 10);
      });
    });
  }

  function poll(previousId, triesLeft) {
    if (triesLeft <= 0) { return; }
    setTimeout(function () {
      load().then(function (view) {
        if (view.suggestion && view.suggestion.id !== previousId) { render(view); } else { poll(previousId, triesLeft - 1); }
      }).catch(function () { poll(previousId, triesLeft - 1); });
    }, 3000);
  }

  function discard() {
    return run(function (s) {
      return api("POST", "/actions", { action: "discarded", suggestion_id: s.id }).then(function () {
        $("suggestion").hidden = true;
        state.inserted = null;
        status(t("discarded"));
      });
    });
  }

  function flag(button) {
    var kind = button.getAttribute("data-kind");
    return run(function (s) {
      return api("POST", "/flags", { kind: kind, suggestion_id: s.id }).then(function (result) {
        button.setAttribute("data-done", "true");
        status(kind === "biased" ? t("flagged_biased", { group: result.review_group || "" }) : t("flagged"));
      });
    });
  }

  /* The review group records how a bias review ended (audited; counted in the trust report). */
  function recordOutcome(button) {
    var buttons = document.querySelectorAll("button.outcome");
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    return api("POST", "/review-outcome", { outcome: button.getAttribute("data-outcome") }).then(function () {
      Array.prototype.forEach.call(buttons, function (b) { b.removeAttribute("aria-pressed"); });
      button.setAttribute("aria-pressed", "true");
      status(t("outcome_recorded"));
    }, function (err) { status(failure(err), true); }).then(function () {
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
    });
  }

  function normalise(text) {
    return String(text || "").replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
  }

  /* When the agent submits, tell the backend whether the inserted suggestion went out as it was or edited.
   * Never blocks the save. */
  function onSave() {
    var inserted = state.inserted;
    if (!inserted) { return true; }
    state.inserted = null;
    return state.client.get("ticket.comment.text").then(function (data) {
      var sent = normalise(data["ticket.comment.text"]);
      var action = sent.indexOf(normalise(inserted.draft)) >= 0 ? "sent_as_is" : "sent_edited";
      api("POST", "/actions", { action: action, suggestion_id: inserted.id }).catch(function () {});
      return true;
    }, function () { return true; });
  }

  function bind() {
    $("insert").addEventListener("click", insert);
    $("regenerate").addEventListener("click", regenerate);
    $("discard").addEventListener("click", discard);
    Array.prototype.forEach.call(document.querySelectorAll("button.flag"), function (b) {
      b.addEventListener("click", function () { flag(b); });
    });
    Array.prototype.forEach.call(document.querySelectorAll("button.outcome"), function (b) {
      b.addEventListener("click", function () { recordOutcome(b); });
    });
    state.client.on("ticket.save", onSave);
  }

  function start() {
    state.session = meta("candor-session");
    state.api = absolute(meta("candor-api"));
    state.client = window.ZAFClient ? window.ZAFClient.init() : null;
    if (!state.client || !state.session || !state.api) {
      return loadStrings("en").then(function () { status(t("not_connected"), true); $("app").setAttribute("aria-busy", "false"); });
    }
    state.client.invoke("resize", { width: "100%", height: "640px" });
    return state.client.get(["ticket.id", "ticket.requester.locale", "currentUser.locale"]).then(function (data) {
      state.ticketId = data["ticket.id"];
      state.locale = data["ticket.requester.locale"] || "en";
      return loadStrings(data["currentUser.locale"] || "en");
    }).then(function () {
      status(t("loading"));
      bind();
      return load();
    }).then(render, function (err) { status(failure(err), true); })
      .then(checkConnection)
      .then(function () { $("app").setAttribute("aria-busy", "false"); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
