/* Site search on Pagefind's JS API (markup: overrides/partials/search.html).
   Privacy and weight: nothing is fetched until the reader focuses the search field; then
   pagefind.js and the index of the page's language only. Results stay in that language.
   Ukrainian: Pagefind has no Ukrainian stemmer, so query words are shortened to a stem here and
   Pagefind's prefix matching finds the other forms; lemmas written next to words at index time
   (peoplefirst/search.py, between ⁅ ⁆) are removed from excerpts before they are shown. */
(function () {
  "use strict";
  var root = document.querySelector("[data-pf-search]");
  if (!root) return;
  var input = root.querySelector("input[type=search]");
  var form = input.form;
  var list = root.querySelector(".md-search-result__list");
  var status = root.querySelector("[data-pf-search-status]");
  var toggle = document.getElementById("__search");
  var language = root.getAttribute("data-language");
  var text = function (key) { return root.getAttribute("data-text-" + key) || ""; };
  var MAX_RESULTS = 10;
  var engine = null;   // promise of the Pagefind module, created on first focus
  var latest = 0;      // number of the latest query: older answers are dropped
  var timer = 0;

  /* Ukrainian inflectional endings, longest first; a stem keeps at least 3 letters. */
  var UK_ENDINGS = ("ується ують ються ючись ячись ання ення іння ами ями ого ому ими их ій ий ої ою ею єю " +
    "ів їв ах ях ам ям ом ем єм ові еві єві ею ує ють ять уть ать ить іть ати ити іти ла ло ли ся " +
    "а я о е є и і ї у ю ь й").split(" ");
  function ukrainianStem(word) {
    for (var i = 0; i < UK_ENDINGS.length; i++) {
      var end = UK_ENDINGS[i];
      if (word.length - end.length >= 3 && word.slice(-end.length) === end) {
        return word.slice(0, -end.length);
      }
    }
    return word;
  }
  function prepareQuery(query) {
    if (language !== "uk") return query;
    return query.toLowerCase().split(/\s+/).filter(Boolean).map(function (word) {
      return word.replace(/[^\p{L}\p{N}'’ʼ-]/gu, "").replace(/\p{L}+$/u, ukrainianStem);
    }).join(" ");
  }

  /* Excerpts: drop the lemma annotations; if a lemma was the match, highlight the word it follows. */
  function cleanExcerpt(html) {
    return html
      .replace(/(\S+)\s*⁅([^⁆]*)⁆/g, function (_, word, lemmas) {
        return lemmas.indexOf("<mark>") >= 0 && word.indexOf("<mark>") < 0 ? "<mark>" + word + "</mark>" : word;
      })
      .replace(/⁅[^⁆]*⁆/g, "").replace(/⁅[^⁆]*$/, "").replace(/^[^⁅]*⁆/, "")   // cut at the excerpt's ends
      .replace(/\s+([,.;:!?»)])/g, "$1");
  }

  function loadEngine() {
    if (engine) return engine;
    var url = new URL(root.getAttribute("data-bundle"), location.href).href;
    engine = import(url).then(function (pagefind) {
      /* Pagefind picks the index from <html lang>. A page not yet translated says lang="en"
         (its text is English), but its reader searches in the site language of the page. */
      var html = document.documentElement;
      var shown = html.getAttribute("lang");
      html.setAttribute("lang", language);
      return pagefind.options({ noWorker: true, excerptLength: 24 }).then(function () {
        var ready = pagefind.init();   // reads <html lang> synchronously
        html.setAttribute("lang", shown);
        return ready;
      }).then(function () { return pagefind; });
    });
    engine.catch(function () { engine = null; showStatus(text("error")); });
    return engine;
  }

  function showStatus(message) { status.textContent = message; }
  function countText(n) {
    if (n === 0) return text("none");
    return n === 1 ? text("one") : text("other").replace("#", String(n));
  }

  function render(results) {
    var items = results.map(function (r) {
      var li = document.createElement("li");
      li.className = "md-search-result__item";
      var a = document.createElement("a");
      a.className = "md-search-result__link";
      a.href = r.url;
      var article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      var title = document.createElement("p");
      title.className = "pf-search-title";
      title.textContent = (r.meta && r.meta.title) || r.url;
      var excerpt = document.createElement("p");
      excerpt.innerHTML = cleanExcerpt(r.excerpt || "");   // Pagefind escapes page text; only <mark> is markup
      article.appendChild(title);
      article.appendChild(excerpt);
      a.appendChild(article);
      li.appendChild(a);
      return li;
    });
    list.replaceChildren.apply(list, items);
  }

  function run() {
    var query = input.value.trim();
    var number = ++latest;
    if (!query) { list.replaceChildren(); showStatus(text("placeholder")); return; }
    loadEngine().then(function (pagefind) {
      return pagefind.search(prepareQuery(query));
    }).then(function (search) {
      if (number !== latest || !search) return;
      return Promise.all(search.results.slice(0, MAX_RESULTS).map(function (r) { return r.data(); }))
        .then(function (data) {
          if (number !== latest) return;
          render(data);
          showStatus(countText(search.results.length));
        });
    }).catch(function () { if (number === latest) showStatus(text("error")); });
  }

  function open() {
    if (toggle && !toggle.checked) toggle.checked = true;
    loadEngine();
    if (input.value.trim()) run();
  }
  function close() {
    if (toggle) toggle.checked = false;
    list.replaceChildren();   // no hidden, focusable results behind a closed search
  }

  input.addEventListener("focus", open);
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.focus(); else run();
  });
  form.addEventListener("reset", function () { setTimeout(function () { run(); input.focus(); }, 0); });
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); input.blur(); }
  });
  if (toggle) {
    /* The header's search button (small screens) and the overlay toggle this checkbox. */
    toggle.addEventListener("change", function () {
      if (toggle.checked) { input.focus(); } else { close(); }
    });
  }
})();
