// Travaux: the interface strings the theme's scripts show (cite.js, search.js, matrix.js),
// read from the page's `travaux-strings` script: the `js_` keys of i18n/<lang>.yml without
// the prefix, and `lang`. Loaded before them; each makes its own reader with `create()`.
(function (root) {
  "use strict";

  /** A reader of the page's strings: `useStrings`, `say` and `readPageStrings`. */
  function create() {
    /** The page's interface strings (its `travaux-strings` script: the `js_` keys of
        i18n/<lang>.yml without the prefix, and `lang`); English where the page gives none. */
    var S = {};
    function useStrings(strings) { S = strings || {}; }

    /** The page's string `key`, else the English `en`; with `n`, the form of `n`'s plural
        category in the page's language (`key_few`, else `key_other`); each `{name}` replaced
        by `values[name]`. */
    function say(key, en, values, n) {
      var text = S[key];
      if (n !== undefined && S[key + "_other"] !== undefined) {
        var category = "other";
        try { category = new Intl.PluralRules(S.lang || "en").select(n); } catch (e) { category = "other"; }
        text = S[key + "_" + category] !== undefined ? S[key + "_" + category] : S[key + "_other"];
      }
      if (typeof text !== "string") text = en;
      return text.replace(/\{(\w+)\}/g, function (all, name) {
        if (!values || values[name] === undefined) return all;
        return typeof values[name] === "number" ? number(values[name]) : String(values[name]);
      });
    }

    /** A count grouped as the page's language groups digits, in ASCII digits (`1,234`,
        `1 234`), as the build writes counts (Sources/Render/LocalizedNumber.swift). */
    function number(n) {
      if (Math.abs(n) < 1000) return String(n);
      try { return new Intl.NumberFormat((S.lang || "en") + "-u-nu-latn").format(n); } catch (e) { return String(n); }
    }

    /** Reads the page's strings from its `travaux-strings` script, if it has one. */
    function readPageStrings(doc) {
      var el = doc.getElementById("travaux-strings");
      if (!el) return;
      try { useStrings(JSON.parse(el.textContent)); } catch (e) { useStrings({}); }
    }
    return { useStrings: useStrings, say: say, readPageStrings: readPageStrings };
  }

  root.TravauxStrings = { create: create };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = root.TravauxStrings;
  }
})(typeof window !== "undefined" ? window : globalThis);
