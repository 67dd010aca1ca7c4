// docbuild's page script: search, the phone menu, copy buttons, keyboard shortcuts, the contents that follow the
// reader, and keyboard access to blocks that scroll. Dependency-free; every page works without it.
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

  setUpCopyButtons();
  setUpScrollableBlocks();
  setUpContentsTracking();
  setUpShortcuts();
  setUpSearch();

  // A copy button on every code block. A transcript copies its statements without prompts or outputs, so what
  // lands on the clipboard runs in Python; verified marks and hidden text stay behind.
  function setUpCopyButtons() {
    if (!navigator.clipboard) return;
    var blocks = document.querySelectorAll("pre.code");
    Array.prototype.forEach.call(blocks, function (pre) {
      var wrapper = document.createElement("div");
      wrapper.className = "code-block";
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", pre.classList.contains("transcript") ? "Copy the statements" : "Copy the code");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(runnableText(pre)).then(
          function () {
            flash(button, "Copied");
          },
          function () {
            flash(button, "Copy failed");
          }
        );
      });
      wrapper.appendChild(button);
    });
  }

  function runnableText(pre) {
    var code = pre.querySelector("code") || pre;
    var copy = code.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".prompt, .output-lines, .verified"), function (node) {
      node.parentNode.removeChild(node);
    });
    return copy.textContent.replace(/\n+$/, "") + "\n";
  }

  function flash(button, text) {
    button.textContent = text;
    setTimeout(function () {
      button.textContent = "Copy";
    }, 1500);
  }

  // A block that scrolls sideways gets a tab stop, so keyboard users can scroll it too; one that fits loses it, so
  // the tab order stays short. Code also gets a name; a formula keeps its own role and name (its content), since a
  // label would replace what a screen reader says, and ARIA allows no other role on <math>. A gradient table's
  // wrapper carries its own in the markup.
  function setUpScrollableBlocks() {
    var selector = "pre, math[display=block]";
    function sync() {
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (block) {
        var scrolls = block.scrollWidth > block.clientWidth + 1;
        var marked = block.hasAttribute("data-scrolls");
        if (scrolls && !marked) {
          block.setAttribute("data-scrolls", "");
          block.setAttribute("tabindex", "0");
          if (block.tagName.toLowerCase() === "pre") {
            block.setAttribute("role", "group");
            block.setAttribute("aria-label", "Code, scrolls sideways");
          }
        } else if (!scrolls && marked) {
          ["data-scrolls", "tabindex", "role", "aria-label"].forEach(function (name) {
            block.removeAttribute(name);
          });
        }
      });
    }
    sync();
    var pending = null;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(sync, 150);
    });
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(sync);
  }

  // The contents beside the text marks the section being read.
  function setUpContentsTracking() {
    var links = document.querySelectorAll(".page-toc a[href^='#']");
    if (!links.length || !window.IntersectionObserver) return;
    var byID = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (!heading) return;
      byID[id] = link;
      headings.push(heading);
    });
    var current = null;
    function mark() {
      var active = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top > window.innerHeight * 0.25) break;
        active = headings[i];
      }
      var link = active ? byID[active.id] : null;
      if (link === current) return;
      if (current) current.removeAttribute("aria-current");
      if (link) link.setAttribute("aria-current", "location");
      current = link;
    }
    var observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -75% 0px" });
    headings.forEach(function (heading) {
      observer.observe(heading);
    });
    mark();
  }

  // ← and → turn the page, / goes to the search box; never while typing or with a modifier held.
  function setUpShortcuts() {
    var hint = document.getElementById("shortcuts");
    if (hint) hint.hidden = false;
    document.addEventListener("keydown", function (event) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var target = event.target;
      var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
      if (tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable)) return;
      if (event.key === "/") {
        var input = document.getElementById("search-input");
        if (input && !document.getElementById("search").hidden) {
          event.preventDefault();
          input.focus();
        }
        return;
      }
      // A focused block that scrolls keeps the arrows for itself.
      if (target && target.hasAttribute && target.hasAttribute("tabindex") && target.scrollWidth > target.clientWidth) return;
      var rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
      if (!rel) return;
      var link = document.querySelector(".pager a[rel=" + rel + "]");
      if (link) {
        event.preventDefault();
        window.location.href = link.href;
      }
    });
  }

  function setUpSearch() {
    var box = document.getElementById("search");
    var input = document.getElementById("search-input");
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    if (!box || !input || !results || !status || !more) return;
    box.hidden = false;

    var pageSize = 10;
    var index = null;
    var loading = null;
    var hits = [];
    var shown = 0;
    var terms = [];

    // Opened from disk, browsers refuse to fetch files (and log an error for trying), so the index comes as a
    // script there; served over HTTP the JSON is fetched.
    function loadIndex() {
      if (index) return Promise.resolve(index);
      if (!loading) {
        var request =
          window.location.protocol === "file:" || !window.fetch
            ? loadIndexScript()
            : fetch("search-index.json")
                .then(function (response) {
                  if (!response.ok) throw new Error("HTTP " + response.status);
                  return response.json();
                })
                .catch(loadIndexScript);
        loading = request.then(function (data) {
          index = data;
          return data;
        });
      }
      return loading;
    }

    function loadIndexScript() {
      return new Promise(function (resolve, reject) {
        if (window.docbuildSearchIndex) return resolve(window.docbuildSearchIndex);
        var script = document.createElement("script");
        script.src = "search-index.js";
        script.onload = function () {
          resolve(window.docbuildSearchIndex || { pages: [] });
        };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }

    // Terms are matched case-insensitively on Unicode text, so ∂ and ∑ are terms like any word.
    function termsOf(query) {
      return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    }

    function search(data, queryTerms) {
      if (queryTerms.length === 0) return [];
      var found = [];
      data.pages.forEach(function (page, pageOrder) {
        page.sections.forEach(function (section, sectionOrder) {
          var heading = (section.heading || page.title).toLocaleLowerCase();
          var text = section.text.toLocaleLowerCase();
          var score = 0;
          for (var i = 0; i < queryTerms.length; i++) {
            var inHeading = heading.indexOf(queryTerms[i]) >= 0;
            var inText = text.indexOf(queryTerms[i]) >= 0;
            if (!inHeading && !inText) return;
            score += (inHeading ? 10 : 0) + (inText ? 1 : 0);
          }
          found.push({ page: page, section: section, score: score, order: pageOrder * 10000 + sectionOrder });
        });
      });
      found.sort(function (a, b) {
        return b.score - a.score || a.order - b.order;
      });
      return found;
    }

    // About 160 characters around the first match, starting and ending at word boundaries.
    function excerpt(text, queryTerms) {
      var lower = text.toLocaleLowerCase();
      var at = -1;
      for (var i = 0; i < queryTerms.length && at < 0; i++) at = lower.indexOf(queryTerms[i]);
      var length = 160;
      var start = Math.max(0, at - 50);
      if (start > 0) {
        var space = text.indexOf(" ", start);
        start = space >= 0 && space < at ? space + 1 : start;
      }
      var end = Math.min(text.length, start + length);
      if (end < text.length) {
        var lastSpace = text.lastIndexOf(" ", end);
        if (lastSpace > Math.max(start, at)) end = lastSpace;
      }
      return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
    }

    // Appends `text` to `parent`, each match of a term in a <mark>.
    function appendHighlighted(parent, text, queryTerms) {
      var lower = text.toLocaleLowerCase();
      var position = 0;
      while (position < text.length) {
        var next = -1;
        var length = 0;
        queryTerms.forEach(function (term) {
          var at = lower.indexOf(term, position);
          if (at >= 0 && (next < 0 || at < next || (at === next && term.length > length))) {
            next = at;
            length = term.length;
          }
        });
        if (next < 0 || length === 0) break;
        parent.appendChild(document.createTextNode(text.slice(position, next)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(next, next + length);
        parent.appendChild(mark);
        position = next + length;
      }
      parent.appendChild(document.createTextNode(text.slice(position)));
    }

    function linkOf(hit) {
      return hit.page.href + (hit.section.id ? "#" + encodeURIComponent(hit.section.id) : "");
    }

    function showMore() {
      var end = Math.min(hits.length, shown + pageSize);
      for (var i = shown; i < end; i++) {
        var hit = hits[i];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = linkOf(hit);
        appendHighlighted(link, hit.section.heading || hit.page.title, terms);
        item.appendChild(link);
        if (hit.section.heading && hit.section.heading !== hit.page.title) {
          var where = document.createElement("span");
          where.className = "search-page";
          where.textContent = " — " + hit.page.title;
          item.appendChild(where);
        }
        if (hit.section.text) {
          var text = document.createElement("p");
          appendHighlighted(text, excerpt(hit.section.text, terms), terms);
          item.appendChild(text);
        }
        results.appendChild(item);
      }
      shown = end;
      more.hidden = shown >= hits.length;
      if (!more.hidden) more.textContent = "More results (" + (hits.length - shown) + " left)";
      status.textContent = hits.length
        ? "Showing " + shown + " of " + hits.length + (hits.length === 1 ? " result" : " results")
        : "No results";
    }

    function show(found, queryTerms) {
      results.textContent = "";
      hits = found;
      shown = 0;
      terms = queryTerms;
      if (queryTerms.length === 0) {
        status.textContent = "";
        more.hidden = true;
        return;
      }
      showMore();
    }

    function run() {
      var query = input.value;
      loadIndex().then(
        function (data) {
          if (input.value === query) show(search(data, termsOf(query)), termsOf(query));
        },
        function () {
          status.textContent = "Search index unavailable.";
        }
      );
    }

    more.addEventListener("click", function () {
      var first = results.children.length;
      showMore();
      var link = results.children[first] && results.children[first].querySelector("a");
      if (link) link.focus();
    });
    input.addEventListener("focus", loadIndex);
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        var query = input.value;
        loadIndex().then(function (data) {
          var found = search(data, termsOf(query));
          if (found.length) window.location.href = linkOf(found[0]);
        });
      } else if (event.key === "Escape") {
        input.value = "";
        show([], []);
      }
    });
  }
})();
