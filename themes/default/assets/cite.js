// Travaux: "copy link" and "cite" for every anchored passage. The page works without this
// script: each pilcrow (¶) is a plain link to its passage. With it, following a pilcrow also
// offers to copy the passage's permanent address, or a ready citation such as
// "Zero draft (A/AC.291/22), art. 24(2)(b), https://…/drafts/zero-draft/#art_24__para_2__point_b".
(function (root) {
  "use strict";

  /** The page's interface strings, in its language (assets/strings.js). */
  var strings = (typeof module !== "undefined" && module.exports ? require("./strings.js") : root.TravauxStrings).create();
  var useStrings = strings.useStrings, say = strings.say, readPageStrings = strings.readPageStrings;


  /** The label of an anchor, as the build writes it (Sources/Addressing/Anchor+Label.swift;
      both are tested against Tests/AddressingTests/Fixtures/anchor-labels.json):
      art_24__para_2__point_b gives "art. 24(2)(b)". */
  function anchorLabel(id, headingText) {
    var m;
    if ((m = /^p_(\d+)$/.exec(id))) return "\u00b6" + m[1];
    if ((m = /^preamble__rec_(\d+)$/.exec(id))) return "preamble, para. " + m[1];
    if (id === "preamble") return "preamble";
    if ((m = /^chp_(.+)$/.exec(id))) return "ch. " + m[1];
    if ((m = /^annex_(.+)$/.exec(id))) return "annex " + m[1];
    if (id === "annex") return "annex";
    if (/^art_/.test(id)) {
      var parts = id.split("__");
      var label = "art. " + parts[0].slice(4).replace(/^(\d+)(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)$/, "$1 $2");
      for (var i = 1; i < parts.length; i++) {
        var p = /^(?:para|point)_(.+)$/.exec(parts[i]);
        if (!p) break;
        label += "(" + p[1] + ")";
      }
      return label;
    }
    return headingText ? "\u00a7 " + headingText : id;
  }

  /** The words of the cite panel in the page's language. */
  function labels() {
    return {
      panel: say("cite_passage", "Cite this passage"), copyLink: say("copy_link", "Copy link"), cite: say("cite", "Cite"),
      copied: say("copied", "Copied"), copyPrompt: say("copy_prompt", "Copy:"),
    };
  }

  /** "<prefix>, <label>, <url>": the citation of one anchor of a page, an article's label
      written as the page's language writes article numbers (`Ст. 24(2)(b)`, `第24(2)(b)条`;
      English `art. 24(2)(b)`). */
  function citation(prefix, id, url, headingText) {
    var label = anchorLabel(id, headingText), article = /^art\. (.+)$/.exec(label || "");
    if (article) label = say("art", "art. {number}", { number: article[1] });
    return [prefix, label, url].filter(Boolean).join(", ");
  }

  /** The permanent address of a link `href` of the page whose canonical address is `base`:
      absolute, without `index.html` (`../../drafts/d/index.html#art_2` gives
      `https://…/drafts/d/#art_2`); what print.css writes after each link on paper. */
  function printAddress(href, base) {
    var url;
    try { url = new URL(href, base); } catch (e) { return href; }
    url.pathname = url.pathname.replace(/\/index\.html$/, "/");
    return url.href;
  }

  root.TravauxCite = { anchorLabel: anchorLabel, citation: citation, printAddress: printAddress, useStrings: useStrings, say: say, labels: labels };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = root.TravauxCite;
    return;
  }
  if (typeof document === "undefined") return;

  function canonicalBase() {
    var link = document.querySelector('link[rel="canonical"]');
    return link ? link.href.split("#")[0] : location.href.split("#")[0];
  }

  readPageStrings(document);

  function copy(text, button) {
    var l = labels();
    var done = function () { button.textContent = l.copied; setTimeout(function () { button.textContent = button.dataset.label; }, 1500); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { window.prompt(l.copyPrompt, text); });
    } else {
      window.prompt(l.copyPrompt, text);
    }
  }

  var panel;
  function close() { if (panel) { panel.remove(); panel = null; } }

  function open(permalink) {
    close();
    var id = permalink.getAttribute("href").slice(1);
    var target = document.getElementById(id);
    var heading = target && /^H[1-6]$/.test(target.tagName) ? target.textContent.replace("\u00b6", "").trim() : "";
    var meta = document.querySelector('meta[name="travaux-cite"]');
    var url = canonicalBase() + "#" + id;
    var cite = citation(meta ? meta.content : document.title, id, url, heading);
    panel = document.createElement("span");
    panel.className = "cite-panel";
    panel.setAttribute("role", "group");
    var l = labels();
    panel.setAttribute("aria-label", l.panel);
    [[l.copyLink, url], [l.cite, cite]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = pair[0];
      button.dataset.label = pair[0];
      button.title = pair[1];
      button.addEventListener("click", function () { copy(pair[1], button); });
      panel.appendChild(button);
    });
    permalink.insertAdjacentElement("afterend", panel);
    panel.querySelector("button").focus({ preventScroll: true });
  }

  // On paper, each link of the page's text is followed by its permanent address (print.css).
  function markPrintAddresses() {
    var base = canonicalBase();
    Array.prototype.forEach.call(document.querySelectorAll('main a[href]:not([href^="#"]):not([href^="http"])'), function (a) {
      a.setAttribute("data-print-href", printAddress(a.getAttribute("href"), base));
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", markPrintAddresses);
  else markPrintAddresses();

  document.addEventListener("click", function (event) {
    var permalink = event.target.closest && event.target.closest("a.permalink");
    if (permalink) { open(permalink); return; }
    if (panel && !panel.contains(event.target)) close();
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
})(typeof window !== "undefined" ? window : globalThis);
