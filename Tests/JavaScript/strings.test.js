// node --test: the theme's scripts say their words in the page's language, read from the
// page's travaux-strings script (the js_ keys of themes/default/i18n/<lang>.yml), with the
// English ones where a page gives none.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const cite = require("../../themes/default/assets/cite.js");
const matrix = require("../../themes/default/assets/matrix.js");
const search = require("../../themes/default/assets/search.js");

/** The `key: "text"` lines of an interface strings file, as Theme.swift reads them. */
function readStrings(language) {
  const text = fs.readFileSync(path.join(__dirname, "../../themes/default/i18n", language + ".yml"), "utf8");
  const strings = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    let value = line.slice(colon + 1).trim();
    if (value.length >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.slice(1, -1).replace(/\\"/g, "\"");
    strings[line.slice(0, colon).trim()] = value;
  }
  return strings;
}

/** What the layout writes into a page in `language` (InterfaceStrings.scriptJSON): the js_
    keys of the language over the English ones, without the prefix, and the language. */
function pageStrings(language) {
  const merged = Object.assign({}, readStrings("en"), readStrings(language));
  const out = { lang: language };
  for (const key of Object.keys(merged).sort()) if (key.startsWith("js_")) out[key.slice(3)] = merged[key];
  return JSON.parse(JSON.stringify(out));
}

/** The English phrases the scripts may show (the js_ texts of en.yml, cut at their values)
    that `language` does not write alike ("Date" is French too). */
const englishPhrases = (language) => Object.entries(readStrings("en"))
  .filter(([key, text]) => key.startsWith("js_") && readStrings(language)[key] !== text)
  .flatMap(([, text]) => text.split(/\{\w+\}/)).map((s) => s.replace(/^[\s.,:;()“”]+|[\s.,:;()“”]+$/g, ""))
  .filter((s) => s.length >= 4 && /[a-z]{3}/.test(s));

/** Whether `text` holds `phrase` as whole words ("Cite" is not in "Citer"). */
function holds(text, phrase) {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp("(^|[^\\p{L}])" + escaped + "($|[^\\p{L}])", "u").test(text);
}

function useLanguage(language) {
  const strings = language ? pageStrings(language) : null;
  for (const script of [cite, matrix, search]) script.useStrings(strings);
}

/** Everything the scripts say on a page, for a query of `n` results. */
function said(n) {
  const labels = cite.labels();
  return [
    labels.panel, labels.copyLink, labels.cite, labels.copied, labels.copyPrompt,
    matrix.summary(3, 12, 2, 4),
    search.statusLine("", 0, false), search.statusLine("données", 0, false),
    search.statusLine("données", n, false), search.statusLine("données", n, true),
    search.say("quick_results", "Quick results"), search.say("no_quick_result", "No quick result: search the whole record"),
    search.say("facet_kind", "Kind"), search.say("facet_date", "Date"), search.say("latest_draft", "{draft} (latest draft)", { draft: "X" }),
    search.say("index_error", "The search index could not be read ({error}). Search needs the site served over http(s).", { error: "404" }),
  ];
}

test("without strings from the page the scripts speak English as before", () => {
  useLanguage(null);
  assert.deepStrictEqual(cite.labels(), { panel: "Cite this passage", copyLink: "Copy link", cite: "Cite", copied: "Copied", copyPrompt: "Copy:" });
  assert.strictEqual(matrix.summary(3, 12, 2, 4), "3 of 12 provisions \u00d7 2 of 4 stakeholders shown");
  assert.strictEqual(search.statusLine("data", 1, false), "1 result for \u201cdata\u201d.");
  assert.strictEqual(search.statusLine("data", 3, false), "3 results for \u201cdata\u201d.");
  assert.strictEqual(search.statusLine("data", 2, true), "No passage holds every word of \u201cdata\u201d; 2 results hold some of them.");
  assert.strictEqual(search.statusLine("data", 0, false), "No results for \u201cdata\u201d.");
  assert.strictEqual(search.statusLine("  ", 0, false), "Type words, a phrase in quotes or an article.");
});

test("the English strings of the page are the scripts' own English", () => {
  useLanguage("en");
  const english = said(3);
  useLanguage(null);
  assert.deepStrictEqual(english, said(3));
});

test("a page in French says everything in French", () => {
  useLanguage("fr");
  assert.strictEqual(cite.labels().copyLink, "Copier le lien");
  assert.strictEqual(cite.labels().copied, "Copié");
  assert.strictEqual(matrix.summary(3, 12, 2, 4), "Dispositions affichées\u00a0: 3 sur 12 \u00d7 parties prenantes affichées\u00a0: 2 sur 4");
  assert.strictEqual(search.statusLine("données", 1, false), "1 résultat pour «\u00a0données\u00a0».");
  assert.strictEqual(search.statusLine("données", 0, true), "Aucun résultat pour «\u00a0données\u00a0».");
  assert.strictEqual(search.statusLine("données", 12, false), "12 résultats pour «\u00a0données\u00a0».");
  for (const n of [1, 3, 25]) {
    for (const text of said(n)) {
      for (const phrase of englishPhrases("fr")) assert.ok(!holds(text, phrase), `“${text}” holds the English “${phrase}”`);
    }
  }
});

test("a page in Arabic says everything in Arabic, counts in their plural forms", () => {
  useLanguage("ar");
  assert.strictEqual(cite.labels().copyLink, "نسخ الرابط");
  assert.strictEqual(matrix.summary(3, 12, 2, 4), "الأحكام المعروضة: 3 من 12 × أصحاب المصلحة المعروضون: 2 من 4");
  const q = "«بيانات»";
  assert.strictEqual(search.statusLine("بيانات", 1, false), `نتيجة واحدة للبحث عن ${q}.`);
  assert.strictEqual(search.statusLine("بيانات", 2, false), `نتيجتان للبحث عن ${q}.`);
  assert.strictEqual(search.statusLine("بيانات", 3, false), `3 نتائج للبحث عن ${q}.`);
  assert.strictEqual(search.statusLine("بيانات", 11, false), `11 نتيجة للبحث عن ${q}.`);
  assert.strictEqual(search.statusLine("بيانات", 100, false), `100 نتيجة للبحث عن ${q}.`);
  assert.strictEqual(search.statusLine("بيانات", 4, true), `لا يتضمن أي مقطع جميع كلمات ${q}؛ وتتضمن 4 نتائج بعضها.`);
  for (const n of [1, 2, 5, 11, 100]) {
    for (const text of said(n)) {
      for (const phrase of englishPhrases("ar")) assert.ok(!holds(text, phrase), `“${text}” holds the English “${phrase}”`);
    }
  }
});

test("a page in Russian counts its results in the three forms", () => {
  useLanguage("ru");
  assert.strictEqual(search.statusLine("данные", 1, false), "По запросу «данные» найден 1 результат.");
  assert.strictEqual(search.statusLine("данные", 3, false), "По запросу «данные» найдено 3 результата.");
  assert.strictEqual(search.statusLine("данные", 5, false), "По запросу «данные» найдено 5 результатов.");
  assert.strictEqual(search.statusLine("данные", 21, false), "По запросу «данные» найден 21 результат.");
  useLanguage(null);
});

test("every language of the theme gives every string the scripts ask for", () => {
  const english = Object.keys(pageStrings("en"));
  for (const language of ["fr", "es", "ar", "zh", "ru"]) {
    const own = readStrings(language);
    for (const key of english.filter((k) => k !== "lang")) {
      const plural = ["zero", "one", "two", "few", "many", "other"].some((c) => key.endsWith("_" + c));
      const base = plural ? key.replace(/_(zero|one|two|few|many|other)$/, "") : key;
      assert.ok(own["js_" + key] !== undefined || own["js_" + base + "_other"] !== undefined, `i18n/${language}.yml lacks js_${key}`);
    }
  }
});

test("search results and facets name the kinds of documents in the page's language", () => {
  search.useStrings(pageStrings("fr"));
  assert.strictEqual(search.kindLabel(["draft", "Draft text"]), "Projet de texte");
  assert.strictEqual(search.kindLabel(["stakeholder", "Stakeholder"]), "Partie prenante");
  search.useStrings(pageStrings("zh"));
  assert.strictEqual(search.kindLabel(["position", "Position"]), "立场");
  // An index's label where the page has no string for the kind.
  search.useStrings({});
  assert.strictEqual(search.kindLabel(["page", "Page"]), "Page");
});

test("a citation writes the article as the page's language numbers articles", () => {
  cite.useStrings({});
  assert.strictEqual(cite.citation("Zero draft", "art_24__para_2__point_b", "https://x/d/#art_24__para_2__point_b"),
    "Zero draft, art. 24(2)(b), https://x/d/#art_24__para_2__point_b");
  cite.useStrings(pageStrings("ru"));
  assert.strictEqual(cite.citation("Проект", "art_24__para_2", "u"), "Проект, Ст. 24(2), u");
  cite.useStrings(pageStrings("zh"));
  assert.strictEqual(cite.citation("草案", "art_24", "u"), "草案, 第24条, u");
  cite.useStrings({});
});

test("counts are grouped as the page's language groups digits, as the build writes them", () => {
  search.useStrings(pageStrings("fr"));
  assert.match(search.statusLine("q", 1234, false), /^1\u202f234 /);
  search.useStrings({});
  assert.match(search.statusLine("q", 1234, false), /^1,234 results/);
  assert.match(search.statusLine("q", 12, false), /^12 results/);
});
