// docbuild's page script: the search box and the phone menu. Dependency-free; every page works without it.
(function () {
  "use strict";

  // On a narrow screen the chapter menu starts closed; without JavaScript it simply stays open.
  var menu = document.querySelector(".chapter-menu");
  var narrow = window.matchMedia("(max-width: 52rem)");
  function syncMenu() {
    if (menu) menu.open = !narrow.matches;
  }
  syncMenu();
  if (narrow.addEventListener) narrow.addEventListener("change", syncMenu);

  var box = document.getElementById("search");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!box || !input || !results) return;
  box.hidden = false;

  var index = null;
  var loading = null;

  // Served over HTTP the JSON is fetched; opened from disk, browsers refuse that, so fall back to a script tag.
  function loadIndex() {
    if (index) return Promise.resolve(index);
    if (!loading) {
      loading = fetch("search-index.json")
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .catch(loadIndexScript)
        .then(function (data) {
          index = data;
          return data;
        });
    }
    return loading;
  }

  function loadIndexScript() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = "search-index.js";
      script.onload = function () {
        resolve(window.docbuildSearchIndex || { pages: [] });
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function search(data, query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    var hits = [];
    data.pages.forEach(function (page, pageOrder) {
      page.sections.forEach(function (section, sectionOrder) {
        var heading = (section.heading || page.title).toLowerCase();
        var text = section.text.toLowerCase();
        var score = 0;
        for (var i = 0; i < terms.length; i++) {
          var inHeading = heading.indexOf(terms[i]) >= 0;
          var inText = text.indexOf(terms[i]) >= 0;
          if (!inHeading && !inText) return;
          score += (inHeading ? 10 : 0) + (inText ? 1 : 0);
        }
        hits.push({ page: page, section: section, score: score, order: pageOrder * 10000 + sectionOrder });
      });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    return hits.slice(0, 10);
  }

  function excerpt(text, term) {
    var at = text.toLowerCase().indexOf(term);
    if (at < 0) return text.slice(0, 120);
    var start = Math.max(0, at - 40);
    return (start > 0 ? "…" : "") + text.slice(start, start + 120) + (start + 120 < text.length ? "…" : "");
  }

  function show(hits, query) {
    results.textContent = "";
    var firstTerm = query.toLowerCase().split(/\s+/).filter(Boolean)[0] || "";
    hits.forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.page.href + (hit.section.id ? "#" + hit.section.id : "");
      link.textContent = hit.section.heading || hit.page.title;
      item.appendChild(link);
      if (hit.section.heading && hit.section.heading !== hit.page.title) {
        var where = document.createElement("span");
        where.className = "search-page";
        where.textContent = " — " + hit.page.title;
        item.appendChild(where);
      }
      var text = document.createElement("p");
      text.textContent = excerpt(hit.section.text, firstTerm);
      item.appendChild(text);
      results.appendChild(item);
    });
    if (hits.length === 0 && query.trim()) {
      var none = document.createElement("li");
      none.textContent = "No results";
      results.appendChild(none);
    }
  }

  input.addEventListener("focus", loadIndex);
  input.addEventListener("input", function () {
    var query = input.value;
    loadIndex().then(
      function (data) {
        if (input.value === query) show(search(data, query), query);
      },
      function () {
        results.textContent = "Search index unavailable.";
      }
    );
  });
})();
