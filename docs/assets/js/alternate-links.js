/* Keeps Material's theme from downloading sitemaps on every page view.
   At DOMContentLoaded the theme fetches "sitemap.xml" next to each <link rel="alternate"> of the
   page (9 languages: 9 requests, 404s for all but one, and the whole site's sitemap parsed on
   the main thread) to map its language switcher to the same page; ours already links to the
   same page in each language (hooks/language_links.py). This deferred script runs after the
   document is parsed and before DOMContentLoaded: it takes `rel` off those links while the
   theme looks for them, and puts it back right after (search engines and other readers of the
   DOM see them unchanged). Listeners run in the order they were added: the theme's first. */
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("link[rel=alternate]"));
  if (!links.length || document.readyState === "complete") return;
  function restore() { links.forEach(function (link) { link.setAttribute("rel", "alternate"); }); }
  links.forEach(function (link) { link.removeAttribute("rel"); });
  document.addEventListener("DOMContentLoaded", restore, { once: true });
  window.addEventListener("load", restore, { once: true });   // should the script ever run later
})();
