// newsdesk desk: keyboard shortcuts, live updates, embargo countdowns.
// No framework; the pages work without this file, it only adds speed.
(function () {
  "use strict";
  var page = document.body.dataset.page;
  var help = document.getElementById("help");

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".queue .row[data-id]")); }
  function selected() { return document.querySelector('.queue .row[aria-selected="true"]'); }
  function select(row, keepFocus) {
    rows().forEach(function (r) { r.removeAttribute("aria-selected"); });
    if (!row) return;
    row.setAttribute("aria-selected", "true");
    sessionStorage.setItem("newsdesk-selected", row.dataset.id);
    var a = row.querySelector("a.headline");
    if (a && !keepFocus) a.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }
  // reselect marks the remembered row again (after a reload or a live
  // refresh), else the first one.
  function reselect(keepFocus) {
    var keep = sessionStorage.getItem("newsdesk-selected");
    var found = rows().filter(function (r) { return r.dataset.id === keep; })[0];
    if (found || rows().length) select(found || rows()[0], keepFocus);
  }
  function move(by) {
    var rs = rows();
    if (!rs.length) return;
    var i = rs.indexOf(selected());
    select(rs[Math.max(0, Math.min(rs.length - 1, i < 0 ? 0 : i + by))]);
  }
  function post(action, fields) {
    var f = document.createElement("form");
    f.method = "post";
    f.action = action;
    Object.keys(fields || {}).forEach(function (k) {
      var i = document.createElement("input");
      i.type = "hidden"; i.name = k; i.value = fields[k];
      f.appendChild(i);
    });
    document.body.appendChild(f);
    f.submit();
  }
  function draftURL() {
    var row = selected();
    return row ? "/drafts/" + row.dataset.id + "/" : null;
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape" && typing(document.activeElement)) { document.activeElement.blur(); return; }
    if (typing(ev.target) || (help && help.open)) return;
    var url = draftURL();
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "o": case "Enter":
        if (page === "queue" && url) location.href = url; else return;
        break;
      case "a":
        if (page === "queue" && url) post(url + "approve", { next: location.pathname + location.search });
        else if (page === "draft" && document.getElementById("approve-form")) document.getElementById("approve-form").submit();
        else return;
        break;
      case "r":
        if (page === "queue" && url) location.href = url + "#reject";
        else if (page === "draft" && document.getElementById("reason")) document.getElementById("reason").focus();
        else return;
        break;
      case "e":
        if (page === "queue" && url) location.href = url + "#edit";
        else if (page === "draft") document.getElementById("headline").focus();
        else return;
        break;
      case "/":
        var q = document.getElementById("q");
        if (!q) { location.href = "/"; break; }
        q.focus(); q.select();
        break;
      case "?":
        if (help) help.showModal();
        break;
      default:
        return;
    }
    ev.preventDefault();
  });

  Array.prototype.forEach.call(document.querySelectorAll(".help-open"), function (b) {
    b.addEventListener("click", function () { help.showModal(); });
  });

  // The draft page opened by r or e from the queue focuses its field.
  if (page === "draft") {
    if (location.hash === "#reject" && document.getElementById("reason")) document.getElementById("reason").focus();
    if (location.hash === "#edit") document.getElementById("headline").focus();
  }

  // Restore the selection after a reload or an action from the queue.
  if (page === "queue") {
    reselect(typing(document.activeElement));
    document.addEventListener("click", function (ev) {
      var row = ev.target.closest(".row[data-id]");
      if (row && ev.target.tagName !== "A") select(row);
    });
  }

  // Tag autocomplete: a field lists tags separated by commas, so each
  // suggestion is offered as the whole new value (what was typed before
  // the last comma, then the suggestion); the datalist shows its label.
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0, asked = "";
    if (!list) return;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var v = input.value, cut = v.lastIndexOf(",");
        var head = cut < 0 ? "" : v.slice(0, cut + 1) + " ", q = v.slice(cut + 1).trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        var url = "/api/v1/tags/suggest?kind=" + encodeURIComponent(input.dataset.suggest) + "&q=" + encodeURIComponent(q);
        fetch(url, { credentials: "same-origin" }).then(function (res) { return res.ok ? res.json() : []; }).then(function (items) {
          list.replaceChildren.apply(list, items.map(function (it) {
            var o = document.createElement("option");
            o.value = head + it.value;
            if (it.label) o.label = it.label;
            return o;
          }));
        }).catch(function () {});
      }, 150);
    });
  });

  function tick() {
    Array.prototype.forEach.call(document.querySelectorAll("time.countdown, span.countdown"), function (el) {
      var until = Date.parse(el.getAttribute("datetime") || el.dataset.until);
      if (isNaN(until)) return;
      var m = Math.round((until - Date.now()) / 60000);
      if (m <= 0) { el.textContent = "lifted"; return; }
      var h = Math.floor(m / 60), d = Math.floor(h / 24);
      el.textContent = d >= 2 ? "in " + d + "d " + (h % 24) + "h" : "in " + h + "h " + String(m % 60).padStart(2, "0") + "m";
    });
  }
  setInterval(tick, 30000);

  // Live updates: the queue refreshes itself in place; a draft page only
  // says it changed, so an editor's unsaved text is never replaced.
  if (!window.EventSource || (page !== "queue" && page !== "draft")) return;
  var pending = false;
  function refreshQueue() {
    if (pending) return;
    pending = true;
    setTimeout(function () {
      fetch(location.href, { credentials: "same-origin" }).then(function (res) { return res.text(); }).then(function (html) {
        pending = false;
        var doc = new DOMParser().parseFromString(html, "text/html");
        ["queue"].forEach(function (id) {
          var fresh = doc.getElementById(id), old = document.getElementById(id);
          if (fresh && old) old.replaceWith(fresh);
        });
        var tabs = doc.querySelector(".tabs"), oldTabs = document.querySelector(".tabs");
        if (tabs && oldTabs) oldTabs.replaceWith(tabs);
        reselect(document.activeElement !== document.body);
        document.body.dataset.live = String(Date.now());
      }).catch(function () { pending = false; });
    }, 150);
  }
  var es = new EventSource("/events");
  es.addEventListener("open", function () { document.body.dataset.sse = "open"; });
  es.addEventListener("draft", function (ev) {
    var msg;
    try { msg = JSON.parse(ev.data); } catch (e) { return; }
    if (page === "queue") refreshQueue();
    var art = document.getElementById("draft");
    if (art && String(msg.id) === art.dataset.id && msg.version > Number(art.dataset.version)) {
      document.getElementById("changed").hidden = false;
    }
  });
})();
