// node --test: the search client (themes/default/assets/search.js): words, numbers, queries
// and ranking on a small index written here by the rules of docs/search.md, then the
// acceptance queries against the index `travaux build` writes for this repository's site.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const zlib = require("node:zlib");
const search = require("../../themes/default/assets/search.js");

const repo = path.resolve(__dirname, "../..");
const ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/** v32 as docs/search.md writes it (the builder's side, for the test index). */
function v32(...numbers) {
  return numbers.map((n) => {
    const digits = [];
    do { digits.unshift(n % 32); n = Math.floor(n / 32); } while (n > 0);
    return digits.map((d, i) => ALPHA[i < digits.length - 1 ? 32 + d : d]).join("");
  }).join("");
}

/** An engine reading `files` (path -> bytes, or a folder) instead of the network. */
function engineOn(files) {
  const read = typeof files === "string"
    ? (url) => (fs.existsSync(path.join(files, url)) ? fs.readFileSync(path.join(files, url)) : null)
    : (url) => files[url] ?? null;
  const fetched = [];
  const engine = new search.Engine("", (url) => {
    fetched.push(url);
    const bytes = read(url);
    return Promise.resolve({
      ok: bytes !== null, status: bytes === null ? 404 : 200,
      arrayBuffer: () => Promise.resolve(Uint8Array.from(bytes).buffer),
    });
  });
  engine.fetched = fetched;
  return engine;
}

/** A file of the index as the builder writes it: JSON, gzip-compressed. */
const gz = (value) => zlib.gzipSync(JSON.stringify(value));
/** A file of a built site, read as JSON. */
const readIndexFile = (out, name) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(out, `search/${name}.json.gz`))));

/**
 * A small index by the rules of docs/search.md: `docs` are {title, body, kind, group, url,
 * cites}; body text between ** is emphasised; shards start at `firsts`.
 */
function buildIndex(docs, { groups, firsts = [""], extra = {}, perShard = 4 }) {
  const postings = new Map();
  docs.forEach((doc, number) => {
    const stats = new Map();
    const stat = (t) => stats.get(t) || (stats.set(t, { title: 0, body: 0, pos: [] }), stats.get(t));
    const title = search.tokens(doc.title || "");
    title.forEach((t) => { if (t.term) { stat(t.term).title++; stat(t.term).pos.push(t.pos); } });
    let position = (title.length ? title[title.length - 1].pos + 1 : 0) + 1;
    (doc.body || "").split("**").forEach((run, i) => {
      const words = search.tokens(run, undefined, position);
      words.forEach((t) => { if (t.term) { stat(t.term).body += i % 2 ? 2 : 1; stat(t.term).pos.push(t.pos); } });
      position += words.length;
    });
    for (const [term, s] of stats) {
      const w = Math.min(s.title, 1) + 2 * Math.min(s.body, 3) + 8 * doc.kind;
      (postings.get(term) || (postings.set(term, []), postings.get(term))).push([number, w, s.pos.slice(0, 32)]);
    }
    for (const term of doc.cites || []) (postings.get(term) || (postings.set(term, []), postings.get(term))).push([number, 2 + 8 * doc.kind, null]);
  });
  // terms/<n>.json.gz: gap and weight per document; positions/<n>.json.gz: count and positions.
  const shards = firsts.map(() => ({}));
  const places = firsts.map(() => ({}));
  [...postings.keys()].sort().forEach((term) => {
    let last = 0;
    const text = postings.get(term).map(([number, w]) => {
      const gap = number - last;
      last = number;
      return v32(gap, w);
    }).join("");
    shards[search.shardOf(firsts, term)][term] = text;
    if (term.startsWith("~")) return;
    places[search.shardOf(firsts, term)][term] = postings.get(term).map(([, , pos]) => v32(pos.length, ...pos.map((p, i) => p - (i ? pos[i - 1] : 0)))).join("");
  });
  // docs/<n>.json.gz: `perShard` documents each, a page's documents in one group
  // [page, context, [[fragment, title (0: the one before), context suffix, text]]].
  const counts = [];
  const files = {};
  for (let i = 0, n = 0; i < docs.length; i += perShard, n++) {
    const groups = [];
    let last = null;
    let before = null;
    docs.slice(i, i + perShard).forEach((d) => {
      const [page, fragment = ""] = d.url.split("#");
      const title = d.shown || d.title, context = d.context || "", text = (d.body || "").replace(/\*\*/g, "");
      if (!last || last[0] !== page || !context.startsWith(last[1])) {
        groups.push((last = [page, context, []]));
        before = null;
      }
      last[2].push([fragment, before === title ? 0 : title, context.slice(last[1].length), text]);
      before = title;
    });
    files[`search/docs/${n}.json.gz`] = gz(groups);
    counts.push(Math.min(perShard, docs.length - i));
  }
  files["search/index.json.gz"] = gz({
    format: 2, documents: docs.length, docShards: v32(...counts), shards: firsts, stopwords: search.STOPWORDS,
    kinds: KINDS,
    ...extra,
  });
  shards.forEach((s, i) => { files[`search/terms/${i}.json.gz`] = gz(s); });
  places.forEach((s, i) => { files[`search/positions/${i}.json.gz`] = gz(s); });
  // One source per run of documents in one group, its values in columns: count, kind,
  // draft+1, session+1, day+1, and the number of stakeholders then their indices.
  const sources = { count: "", kind: "", draft: "", session: "", day: "", stakeholders: "" };
  docs.forEach((d, i) => {
    let count = 1;
    if (i > 0 && docs[i - 1].group === d.group) return;
    while (docs[i + count] && docs[i + count].group === d.group) count++;
    const [kind, stakeholders, draft, session, date] = groups[d.group];
    const day = date ? Date.parse(date + "T00:00:00Z") / 864e5 + 1 : 0;
    sources.count += v32(count);
    sources.kind += v32(kind);
    sources.draft += v32(draft + 1);
    sources.session += v32(session + 1);
    sources.day += v32(day);
    sources.stakeholders += v32(stakeholders.length, ...stakeholders);
  });
  files["search/facets.json.gz"] = gz({
    kinds: KINDS,
    stakeholders: [["acme", "Acme", "private-sector"], ["freedonia", "Freedonia", "member-state"]],
    drafts: [["first", "First draft", "2022-01-01"], ["second", "Second draft", "2023-01-01"]],
    sessions: [["one", "First session", "2022-05-01"]],
    sources,
  });
  return files;
}

const KINDS = [["draft", "Draft text"], ["position", "Position"], ["stakeholder", "Stakeholder"], ["page", "Page"]];

// Groups: [kind, stakeholders, draft, session, date].
const GROUPS = [
  [0, [], 1, -1, "2023-01-01"], // 0: the second draft
  [0, [], 0, 0, "2022-01-01"], // 1: the first draft
  [1, [1], 1, -1, "2023-06-01"], // 2: Freedonia on the second draft
  [1, [0], 0, -1, "2022-07-01"], // 3: Acme on the first draft
  [3, [], -1, -1, ""], // 4: a page, no date
];
const LATEST = {
  draft: "second", title: "Second draft", url: "drafts/second/",
  articles: {
    24: { number: "24", anchor: "art_24", title: "Conditions and safeguards", key: "conditions-and-safeguards", parts: ["para_1", "para_2", "para_2__point_a"] },
    "4bis": { number: "4 bis", anchor: "art_4bis", key: "article-4-bis", parts: [] },
  },
  // The provisions earlier drafts numbered otherwise (SearchStage+Files.swift).
  earlier: {
    3: [{ number: "3", drafts: ["First draft"], key: "dual-criminality", title: "Dual criminality" }],
    5: [{ number: "5", drafts: ["First draft"], key: "conditions-and-safeguards", now: "24" }],
  },
};
const DOCS = [
  { url: "drafts/second/#art_24", title: "Conditions and safeguards", body: "Each State Party shall ensure safeguards.", kind: 0, group: 0 },
  { url: "drafts/second/#art_24__para_2", shown: "Art. 24(2)", body: "2. Such conditions and safeguards shall include dual criminality.", kind: 0, group: 0 },
  { url: "drafts/first/#art_3", title: "Dual criminality", body: "Dual criminality is required.", kind: 0, group: 1 },
  { url: "positions/freedonia/#p_1", shown: "Cooperation", body: "We ask for **dual criminality** in every case of cooperation and goodwill.", kind: 1, group: 2, cites: ["~conditions-and-safeguards", "~conditions-and-safeguards/2"] },
  { url: "positions/freedonia/#p_2", shown: "Cooperation", body: "Criminality that is dual, and freedom of expression, matter.", kind: 1, group: 2, cites: ["~conditions-and-safeguards"] },
  { url: "positions/acme/#p_1", shown: "Safeguards", body: "Dual criminality should apply; so should the freedom of expression of users.", kind: 1, group: 3 },
  { url: "positions/acme/#p_2", shown: "Safeguards", body: "Expression of freedom, criminalizing hacking, safeguarding data.", kind: 1, group: 3, cites: ["~conditions-and-safeguards/2/b"] },
  { url: "pages/about/#p_1", shown: "About", body: "Protección de datos: the safeguard clause <script>alert(1)</script>.", kind: 3, group: 4 },
  { url: "pages/about/#p_2", shown: "About", body: "Dual use goods; criminality statistics.", kind: 3, group: 4 },
];
const small = () => engineOn(buildIndex(DOCS, { groups: GROUPS, firsts: ["", "d", "p", "~"], extra: { latest: LATEST } }));
const urls = async (engine, results) => (await engine.documents(results)).map((d, i) => (d ? d[0] : results[i].url));

test("folds case, accents, compatibility forms and the final sigma", () => {
  assert.strictEqual(search.fold("Protección"), "proteccion");
  assert.strictEqual(search.fold("\ufb01nancial"), "financial");
  assert.strictEqual(search.fold("ΟΔΟΣ"), "οδοσ");
  assert.strictEqual(search.fold("οδός"), "οδοσ");
  assert.strictEqual(search.fold("Ｅｘａｍｐｌｅ"), "example");
});

test("turns the shared cases into the terms the Swift builder indexes (Fixtures/tokens.json)", () => {
  const shared = JSON.parse(fs.readFileSync(path.join(repo, "Tests/SearchTests/Fixtures/tokens.json"), "utf8"));
  assert.deepStrictEqual(shared.stopwords, search.STOPWORDS);
  assert.ok(shared.cases.length >= 8);
  const stop = Object.fromEntries(shared.stopwords.map((w) => [w, true]));
  assert.deepStrictEqual(shared.languages.en, shared.stopwords);
  for (const sample of shared.cases) {
    const lang = sample.language || "en";
    assert.deepStrictEqual(search.terms(sample.text, new search.Analysis(shared.languages[lang] || [], lang)), sample.terms, sample.text);
    if (lang === "en") assert.deepStrictEqual(search.terms(sample.text, stop), sample.terms, sample.text);
  }
});

test("folds Arabic letters and digits, Cyrillic ё but not й, and keeps kana as written", () => {
  assert.strictEqual(search.fold("\u0671\u0644\u0652\u0643\u0650\u062a\u064e\u0627\u0628\u064f"), "\u0627\u0644\u0643\u062a\u0627\u0628");
  assert.strictEqual(search.fold("\u0623\u0625\u0622\u0649\u0629\u0640\u0624\u0626"), "\u0627\u0627\u0627\u064a\u0647\u0648\u064a");
  assert.strictEqual(search.fold("\u0661\u0662\u06f3"), "123");
  assert.strictEqual(search.fold("ЁЛКА й Й"), "елка й й");
  assert.strictEqual(search.fold("バ"), "バ");
});

test("splits Chinese into overlapping bigrams with the offsets of their two characters", () => {
  const text = "打击网络犯罪";
  const words = search.tokens(text, new search.Analysis([], "zh"));
  assert.deepStrictEqual(words.map((t) => [t.term, t.pos, text.slice(t.start, t.end)]), [
    ["打击", 0, "打击"], ["击网", 1, "击网"], ["网络", 2, "网络"], ["络犯", 3, "络犯"], ["犯罪", 4, "犯罪"],
  ]);
  // Marks of overlapping bigrams do not repeat the text.
  const marks = search.highlight(text, ["网络", "络犯"], new search.Analysis([], "zh"));
  assert.deepStrictEqual(marks, ["打击", ["mark", {}, "网络"], ["mark", {}, "犯"], "罪"]);
  // A lone character is a word; in a query it matches the bigrams it starts.
  const q = search.parseQuery("网", new search.Analysis([], "zh"), null);
  assert.deepStrictEqual(q.words.map((w) => [w.term, w.prefix]), [["网", true]]);
});

test("stems only English with Porter, and Arabic by its prefixes", () => {
  assert.deepStrictEqual(search.terms("parties", new search.Analysis([], "fr")), ["parties"]);
  assert.deepStrictEqual(search.terms("parties", new search.Analysis([], "en")), ["parti"]);
  assert.deepStrictEqual(search.terms("\u0627\u0644\u062f\u0648\u0644 \u0648\u0627\u0644\u062f\u0648\u0644", new search.Analysis([], "ar")), ["\u062f\u0648\u0644", "\u062f\u0648\u0644"]);
  // A query's Arabic prefix is its stem's: "الاجرا" finds "الإجراءات".
  const q = search.parseQuery("\u0627\u0644\u0627\u062c\u0631\u0627", new search.Analysis([], "ar-EG"), null);
  assert.deepStrictEqual(q.words.map((w) => [w.word, w.also, w.prefix]), [["\u0627\u0644\u0627\u062c\u0631\u0627", "\u0627\u062c\u0631\u0627", true]]);
});

test("gives every word a position, stop words included, and the offsets of the original text", () => {
  const text = "Freedom of e\u0301xpression, the State\u2019s";
  const words = search.tokens(text, undefined, 5);
  assert.deepStrictEqual(words.map((t) => [t.term, t.pos]), [["freedom", 5], [null, 6], ["expression", 7], [null, 8], ["state", 9], [null, 10]]);
  assert.strictEqual(text.slice(words[2].start, words[2].end), "e\u0301xpression");
  const long = "x".repeat(45);
  assert.deepStrictEqual(search.tokens(long + " y").map((t) => [t.word.length, t.end]), [[40, 45], [1, 47]]);
});

test("stems with Porter's step 1 only words of more than 3 letters a-z", () => {
  const cases = {
    parties: "parti", party: "parti", offences: "offence", criminalizing: "criminalize", safeguards: "safeguard",
    processes: "process", caresses: "caress", ponies: "poni", cats: "cat", hopping: "hop", falling: "fall",
    hissing: "hiss", fizzed: "fizz", filing: "file", agreed: "agree", feed: "feed", plastered: "plaster",
    conflated: "conflate", troubled: "trouble", sized: "size", happy: "happi", sky: "sky", has: "has",
    datos: "dato", "protección": "protección", "4bis": "4bis", "2nd": "2nd",
  };
  for (const [word, stem] of Object.entries(cases)) assert.strictEqual(search.stem(word), stem, word);
});

test("reads v32 numbers and postings", () => {
  assert.deepStrictEqual(search.v32("0VX0_V"), [0, 31, 32, 1023]);
  assert.deepStrictEqual(search.v32(v32(0, 5, 31, 32, 1023, 1024, 123456789)), [0, 5, 31, 32, 1023, 1024, 123456789]);
  assert.strictEqual(v32(32, 1023), "X0_V");
  // Document 3: w 5, positions 0 and 4; document 10: w 10, position 7.
  assert.deepStrictEqual(search.postings(v32(3, 5) + v32(7, 10), v32(2, 0, 4) + v32(1, 7)), [
    { doc: 3, w: 5, pos: [0, 4] }, { doc: 10, w: 10, pos: [7] },
  ]);
  // Without the positions file (a one-word query, a citation term): no positions.
  assert.deepStrictEqual(search.postings(v32(3, 5) + v32(7, 10)), [{ doc: 3, w: 5, pos: [] }, { doc: 10, w: 10, pos: [] }]);
});

test("finds a term's shard by UTF-16 order", () => {
  const shards = ["", "crimin", "parti", "~"];
  const at = (t) => search.shardOf(shards, t);
  assert.deepStrictEqual(["abc", "crimin", "criminal", "parti", "zzz", "~key/2", "\u00e9t\u00e9", "\ud835\udc9c"].map(at), [0, 1, 1, 2, 2, 3, 3, 3]);
  assert.strictEqual(search.shardOf([""], "anything"), 0);
});

test("parses words, prefixes and quoted phrases", () => {
  const q = search.parseQuery('Dual "freedom of expression" cr parties', undefined, null);
  assert.strictEqual(q.article, null);
  assert.deepStrictEqual(q.words.map((w) => [w.term, w.prefix]), [["dual", true], ["cr", false], ["parti", true]]);
  assert.deepStrictEqual(q.phrases, [[{ term: "freedom", off: 0 }, { term: "expression", off: 2 }]]);
  assert.deepStrictEqual(search.parseQuery("the of", undefined, null).words, []);
  // An unclosed quote is a phrase up to the end (as you type).
  assert.deepStrictEqual(search.parseQuery('"dual crim', undefined, null).phrases, [[{ term: "dual", off: 0 }, { term: "crim", off: 1 }]]);
});

test("reads article references and links the deepest part that exists", () => {
  const key = "conditions-and-safeguards";
  const art = (q) => {
    const a = search.parseQuery(q, undefined, LATEST).article;
    return a && [a.anchor, a.label, a.cites.join(" ")];
  };
  assert.deepStrictEqual(art("art 24"), ["art_24", "Art. 24", `~${key}`]);
  assert.deepStrictEqual(art("Art. 24"), ["art_24", "Art. 24", `~${key}`]);
  assert.deepStrictEqual(art("Art.24"), ["art_24", "Art. 24", `~${key}`]);
  assert.deepStrictEqual(art("articles 24"), ["art_24", "Art. 24", `~${key}`]);
  assert.deepStrictEqual(art("article 24(2)"), ["art_24__para_2", "Art. 24(2)", `~${key}/2 ~${key}`]);
  assert.deepStrictEqual(art("24(2)(b)"), ["art_24__para_2", "Art. 24(2)", `~${key}/2/b ~${key}/2 ~${key}`]);
  assert.deepStrictEqual(art("24 (2) (a)"), ["art_24__para_2__point_a", "Art. 24(2)(a)", `~${key}/2/a ~${key}/2 ~${key}`]);
  assert.deepStrictEqual(art("article 24 paragraph 2"), ["art_24__para_2", "Art. 24(2)", `~${key}/2 ~${key}`]);
  assert.deepStrictEqual(art("Article 24, para. 2 (a)"), ["art_24__para_2__point_a", "Art. 24(2)(a)", `~${key}/2/a ~${key}/2 ~${key}`]);
  assert.deepStrictEqual(art("art 24(3)"), ["art_24", "Art. 24", `~${key}/3 ~${key}`]);
  assert.deepStrictEqual(art("art. 24(2)(b)(ii)")[2], `~${key}/2/b/ii ~${key}/2/b ~${key}/2 ~${key}`);
  assert.deepStrictEqual(art("Art. 4 bis"), ["art_4bis", "Art. 4 bis", "~article-4-bis"]);
  assert.deepStrictEqual(art("art 4bis"), ["art_4bis", "Art. 4 bis", "~article-4-bis"]);
  // Not article references: a bare number, a number the draft lacks, a quoted phrase, a word.
  for (const q of ["24", "2024 report", "art 99", '"art 24"', "start 24", "art 24th"]) assert.strictEqual(art(q), null, q);
  const rest = search.parseQuery("safeguards in art 24(2)", undefined, LATEST);
  assert.strictEqual(rest.article.anchor, "art_24__para_2");
  assert.deepStrictEqual(rest.words.map((w) => w.term), ["safeguard"]);
  assert.deepStrictEqual(search.parseQuery("art 99", undefined, LATEST).words.map((w) => w.term), ["art", "99"]);
});

test("reads article references in the six languages, numbers in Arabic-Indic digits and Chinese numerals", () => {
  const key = "conditions-and-safeguards";
  const cases = [
    ["art\u00edculo 24", "art_24"], ["Art\u00edculos 24", "art_24"], ["articulo 24(2)", "art_24__para_2"],
    ["Art\u00edculo 24, p\u00e1rrafo 2, apartado a)", "art_24__para_2__point_a"],
    ["article 24 paragraphe 2", "art_24__para_2"], ["l\u2019article 24, alin\u00e9a 2", "art_24__para_2"],
    ["\u0441\u0442\u0430\u0442\u044c\u044f 24", "art_24"], ["\u0421\u0442\u0430\u0442\u044c\u044f 24, \u043f\u0443\u043d\u043a\u0442 2", "art_24__para_2"],
    ["\u0441\u0442. 24", "art_24"], ["\u0441\u0442. 24(2)(\u0430)", "art_24__para_2__point_a"],
    ["\u0627\u0644\u0645\u0627\u062f\u0629 24", "art_24"], ["\u0627\u0644\u0645\u0627\u062f\u0629 \u0662\u0664", "art_24"],
    ["\u0627\u0644\u0645\u0627\u062f\u0651\u0629 \u0662\u0664 (\u0662) (\u0623)", "art_24__para_2__point_a"], ["\u0627\u0644\u0645\u0627\u062f\u0647 24 \u0627\u0644\u0641\u0642\u0631\u0629 2", "art_24__para_2"],
    ["\u7b2c24\u6761", "art_24"], ["\u7b2c\u4e8c\u5341\u56db\u6761", "art_24"], ["\u7b2c\uff12\uff14\u6761", "art_24"],
    ["\u7b2c\u4e8c\u5341\u56db\u6761\u7b2c\u4e8c\u6b3e", "art_24__para_2"], ["\u7b2c\u4e8c\u5341\u56db\u6761\u7b2c\u4e8c\u6b3e(a)\u9879", "art_24__para_2__point_a"],
    ["\u7b2c\u4e8c\u5341\u56db\u6761\u7b2c\u4e8c\u6b3e\u7b2c\u4e00\u9879", "art_24__para_2__point_a"],
  ];
  for (const [q, anchor] of cases) {
    const a = search.parseQuery(q, undefined, LATEST).article;
    assert.ok(a, q);
    assert.strictEqual(a.anchor, anchor, q);
    assert.strictEqual(a.cites[a.cites.length - 1], `~${key}`, q);
  }
  assert.strictEqual(search.parseQuery("\u0421\u0442\u0430\u0442\u044c\u044f 24, \u043f\u0443\u043d\u043a\u0442 2", undefined, LATEST).article.cites[0], `~${key}/2`);
  // Not references: a number the draft lacks, a word ending in the keyword, a number alone.
  for (const q of ["\u7b2c99\u6761", "\u043f\u043e\u0441\u0442 24", "\u0662\u0664", "\u0441\u0442\u0430\u0442\u044c\u044f"]) assert.strictEqual(search.parseQuery(q, undefined, LATEST).article, null, q);
  // The words around a Chinese reference stay words.
  const zh = search.parseQuery("\u7b2c\u4e8c\u5341\u56db\u6761 \u7f51\u7edc", new search.Analysis([], "zh"), LATEST);
  assert.strictEqual(zh.article.anchor, "art_24");
  assert.deepStrictEqual(zh.words.map((w) => w.term), ["\u7f51\u7edc"]);
});

test("a language's index: read from its folder, its words analysed as its language, its article pages under its prefix", async () => {
  const files = {};
  for (const [name, bytes] of Object.entries(buildIndex(DOCS, { groups: GROUPS, firsts: ["", "d", "p", "~"], extra: { latest: { ...LATEST, url: "fr/drafts/second/" }, language: "fr", prefix: "fr/", stopwords: ["de", "la"] } }))) {
    files[name.replace(/^search\//, "fr/search/")] = bytes;
  }
  const engine = engineOn(files);
  engine.folder = "fr/search/";
  const res = await engine.search("art 24");
  assert.deepStrictEqual(res.results.slice(0, 2).map((r) => r.url), ["fr/drafts/second/#art_24", "fr/articles/conditions-and-safeguards/"]);
  assert.ok(engine.fetched.every((u) => u.startsWith("fr/search/")), engine.fetched.join(" "));
  assert.strictEqual(res.analysis.language, "fr");
  // French analysis: no English stemming of the query, French stop words.
  const q = search.parseQuery("la protection des parties", res.analysis, null);
  assert.deepStrictEqual(q.words.map((w) => w.term), ["protection", "des", "parties"]);
});

test("an article number finds the provisions earlier drafts gave it, however the latest draft numbers them", async () => {
  const five = search.parseQuery("art 5", undefined, LATEST).article;
  assert.strictEqual(five.article, null, "the latest draft has no Article 5");
  assert.deepStrictEqual(five.cites, ["~conditions-and-safeguards"]);
  assert.deepStrictEqual(five.earlier, [{ number: "5", drafts: ["First draft"], key: "conditions-and-safeguards", now: "24", title: "Conditions and safeguards" }]);
  assert.deepStrictEqual(search.parseQuery("art 5(2)", undefined, LATEST).article.cites, ["~conditions-and-safeguards/2", "~conditions-and-safeguards"]);
  const engine = small();
  const res = await engine.search("art 5");
  assert.deepStrictEqual(res.results[0], {
    pinned: true, url: "articles/conditions-and-safeguards/", kind: -1,
    title: "Article 5 of the First draft \u00b7 now Art. 24", context: "Conditions and safeguards \u00b7 every draft, proposals and positions",
  });
  // Then the passages citing the provision, whatever draft's numbering they cite.
  assert.deepStrictEqual(await urls(engine, res.results.slice(1, 3)), ["positions/freedonia/#p_1", "positions/freedonia/#p_2"]);
  const three = await engine.search("Article 3");
  assert.strictEqual(three.results[0].title, "Article 3 of the First draft \u00b7 not in the latest draft");
  assert.strictEqual(three.results[0].context, "Dual criminality \u00b7 every draft, proposals and positions");
  // The latest draft's own article stays first.
  assert.strictEqual((await engine.search("art 24")).results[0].url, "drafts/second/#art_24");
});

test("ranks documents holding every word, titles and positions first, newer on ties", async () => {
  const engine = small();
  const res = await engine.search("dual criminality");
  assert.strictEqual(res.partial, false);
  const found = await urls(engine, res.results);
  // Title hits first; then the emphasised words of a position; the words side by side score
  // half more; draft body text counts 0.6, so the draft paragraph comes after the passages.
  assert.deepStrictEqual(found, [
    "drafts/first/#art_3", "positions/freedonia/#p_1", "positions/acme/#p_1", "positions/freedonia/#p_2",
    "pages/about/#p_2", "drafts/second/#art_24__para_2",
  ]);
  const [adjacent, apart] = [res.results[2], res.results[3]];
  assert.ok(adjacent.score > apart.score * 1.4);
  // Passages apart with the same counts tie: the lower number (the newer document) first.
  assert.strictEqual(res.results[3].score, res.results[4].score);
  // Ties go to the lower number (the builder numbers the newer documents first).
  const tie = await engine.search("conditions");
  assert.deepStrictEqual(tie.results.map((r) => r.doc), [0, 1]);
});

test("falls back to documents with some of the words, below, when none has them all", async () => {
  const engine = small();
  const res = await engine.search("hacking zebra");
  assert.strictEqual(res.partial, true);
  assert.deepStrictEqual(await urls(engine, res.results), ["positions/acme/#p_2"]);
  assert.deepStrictEqual((await engine.search("zebra")).results, []);
});

test("expands prefixes of 3 letters or more, exact words above, and matches accents both ways", async () => {
  const engine = small();
  const res = await engine.search("safeg");
  const found = await urls(engine, res.results);
  assert.ok(found.includes("positions/acme/#p_2"), "safeguarding by prefix");
  assert.ok(res.terms.includes("safeguard"));
  // "good": the exact word (a page, numbered later) is above "goodwill", found by prefix only.
  assert.deepStrictEqual(await urls(engine, (await engine.search("good")).results), ["pages/about/#p_2", "positions/freedonia/#p_1"]);
  assert.strictEqual((await engine.search("sa")).results.length, 0);
  for (const q of ["proteccion", "PROTECCIÓN", "protécción"]) {
    assert.deepStrictEqual(await urls(engine, (await engine.search(q)).results), ["pages/about/#p_1"], q);
  }
  assert.deepStrictEqual(await urls(engine, (await engine.search("criminalized")).results), ["positions/acme/#p_2"]);
});

test("matches quoted phrases with stop words in their place", async () => {
  const engine = small();
  const phrase = await urls(engine, (await engine.search('"freedom of expression"')).results);
  assert.deepStrictEqual(phrase.sort(), ["positions/acme/#p_1", "positions/freedonia/#p_2"]);
  assert.deepStrictEqual(await urls(engine, (await engine.search('"expression of freedom"')).results), ["positions/acme/#p_2"]);
  assert.deepStrictEqual((await engine.search('"freedom expression"')).results, []);
});

test("fetches positions only for phrases and queries of several words", async () => {
  const one = small();
  await one.search("freedom");
  assert.deepStrictEqual(one.fetched.filter((u) => u.startsWith("search/positions/")), []);
  const phrase = small();
  await phrase.search('"freedom of expression"');
  assert.ok(phrase.fetched.some((u) => u.startsWith("search/positions/")));
  const two = small();
  const res = await two.search("freedom expression");
  assert.ok(two.fetched.some((u) => u.startsWith("search/positions/")));
  assert.ok(res.results.length > 0);
  // Words too common for the adjacency bonus: ranked without positions; a phrase still reads them.
  const common = small();
  common.nearLimit = 0;
  const unbonused = await common.search("freedom expression");
  assert.deepStrictEqual(common.fetched.filter((u) => u.startsWith("search/positions/")), []);
  assert.deepStrictEqual(unbonused.results.map((r) => r.doc).sort(), res.results.map((r) => r.doc).sort());
  await common.search('"freedom of expression"');
  assert.ok(common.fetched.some((u) => u.startsWith("search/positions/")));
});

test("reads a file a host sent already inflated (Content-Encoding: gzip) as it is", async () => {
  const files = buildIndex(DOCS, { groups: GROUPS, firsts: ["", "d", "p", "~"], extra: { latest: LATEST } });
  const plain = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, zlib.gunzipSync(bytes)]));
  const [zipped, inflated] = [engineOn(files), engineOn(plain)];
  const results = await Promise.all([zipped, inflated].map((e) => e.search("dual criminality")));
  assert.deepStrictEqual(results[1].results, results[0].results);
  assert.deepStrictEqual(await urls(inflated, results[1].results), await urls(zipped, results[0].results));
  assert.ok(results[0].results.length > 0);
});

test("finds the document shard of a document and reads its groups", () => {
  assert.deepStrictEqual([0, 3, 4, 8, 9].map((d) => search.docShardOf([0, 4, 9], d)), [[0, 0], [0, 0], [1, 4], [1, 4], [2, 9]]);
  assert.deepStrictEqual(search.readDocs([
    ["positions/x/", "X · 2023", [["", "X", "", "About"], ["p_1", "Part", " · \u00b61", "One"], ["p_2", 0, " · \u00b62", "Two"]]],
    ["pages/a/", "Page", [["", "A", "", ""]]],
  ]), [
    ["positions/x/", "X", "X · 2023", "About"], ["positions/x/#p_1", "Part", "X · 2023 · \u00b61", "One"],
    ["positions/x/#p_2", "Part", "X · 2023 · \u00b62", "Two"], ["pages/a/", "A", "Page", ""],
  ]);
});

test("answers article queries: the provision, across drafts, the passages citing it, then words", async () => {
  const engine = small();
  const res = await engine.search("24(2)(b) freedom");
  // The entry file and the term shards of the words and citation terms; no document shard.
  assert.deepStrictEqual(engine.fetched.sort(), ["search/index.json.gz", "search/terms/1.json.gz", "search/terms/3.json.gz"]);
  const found = await urls(engine, res.results);
  assert.deepStrictEqual(found, [
    "drafts/second/#art_24__para_2", "articles/conditions-and-safeguards/",
    "positions/acme/#p_2", "positions/freedonia/#p_1", "positions/freedonia/#p_2", "positions/acme/#p_1",
  ]);
  assert.strictEqual(res.results[0].title, "Art. 24(2) \u00b7 Conditions and safeguards");
  assert.strictEqual(res.results[1].title, "Article 24 across drafts");
  // Document shards only for the results shown; each file read once.
  assert.deepStrictEqual(engine.fetched.filter((u) => u.startsWith("search/docs/")).sort(), ["search/docs/0.json.gz", "search/docs/1.json.gz"]);
  await engine.search("24(2)(b) freedom");
  assert.strictEqual(new Set(engine.fetched).size, engine.fetched.length);
});

test("narrows by facets and counts each value on the results of the other facets", async () => {
  const engine = small();
  const all = await engine.search("dual criminality", {});
  const sum = (a) => a.reduce((x, y) => x + y, 0);
  assert.deepStrictEqual(all.counts[0], [2, 3, 0, 1]);
  assert.strictEqual(sum(all.counts[0]), all.total);
  assert.deepStrictEqual(all.counts[1], [1, 2]);
  const positions = await engine.search("dual criminality", { kind: ["position"] });
  assert.strictEqual(positions.total, 3);
  assert.deepStrictEqual(positions.counts[0], [2, 3, 0, 1], "the kind facet is counted without itself");
  assert.deepStrictEqual(positions.counts[1], [1, 2]);
  const both = await engine.search("dual criminality", { kind: ["position", "page"], stakeholder: ["freedonia"] });
  assert.strictEqual(both.total, 2);
  assert.deepStrictEqual(both.counts[0], [0, 2, 0, 0]);
  const draft = await engine.search("dual criminality", { draft: ["first"] });
  assert.deepStrictEqual(await urls(engine, draft.results), ["drafts/first/#art_3", "positions/acme/#p_1"]);
  // Dates compare on the group's date; documents without one drop out.
  const dated = await engine.search("dual criminality", { from: "2022-06-01", to: "2022-12-31" });
  assert.deepStrictEqual(await urls(engine, dated.results), ["positions/acme/#p_1"]);
  assert.deepStrictEqual(dated.counts[0], [0, 1, 0, 0]);
  // Article links are not documents: they are left out once a facet is chosen.
  assert.strictEqual((await engine.search("art 24", { kind: ["position"] })).results.filter((r) => r.pinned).length, 0);
  assert.strictEqual((await engine.search("art 24", {})).results.filter((r) => r.pinned).length, 2);
});

test("marks matched words in a window of about 30 words", () => {
  const text = Array.from({ length: 100 }, (_, i) => (i === 40 ? "Criminalities" : "word" + i)).join(" ");
  const parts = search.highlight(text, ["criminaliti"], undefined, 30);
  assert.strictEqual(parts[0], "\u2026 ");
  assert.strictEqual(parts[parts.length - 1], " \u2026");
  assert.deepStrictEqual(parts.filter(Array.isArray), [["mark", {}, "Criminalities"]]);
  const shown = parts.map((p) => (Array.isArray(p) ? p[2] : p)).join("");
  assert.ok(shown.startsWith("\u2026 word32 ") && shown.endsWith(" word61 \u2026"), shown);
  assert.strictEqual(shown.split(" ").filter((w) => /\w/.test(w)).length, 30);
  assert.deepStrictEqual(search.highlight("Dual criminality.", ["dual", "criminaliti"]), [
    ["mark", {}, "Dual"], " ", ["mark", {}, "criminality"], ".",
  ]);
  assert.deepStrictEqual(search.highlight("no match here", ["x"], undefined, 30), ["no match here"]);
});

test("inserts index text as text: a title with <script> stays words", () => {
  const created = [];
  const fake = {
    createElement: (tag) => {
      const el = { tag, attrs: {}, children: [], setAttribute(k, v) { this.attrs[k] = String(v); }, appendChild(c) { this.children.push(c); return c; } };
      Object.defineProperty(el, "innerHTML", { set() { throw new Error("innerHTML used"); } });
      created.push(tag);
      return el;
    },
    createTextNode: (text) => ({ text }),
  };
  const idx = { kinds: [["draft", "Draft text"], ["position", "Position"]] };
  const evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  const doc = ["positions/x/#p_1", evil, "Context " + evil, "Body " + evil];
  const tree = search.resultView({ doc: 1, kind: 1 }, doc, idx, ["script"], (u) => "/" + u);
  const li = search.build(fake, tree);
  assert.deepStrictEqual([...new Set(created)].sort(), ["a", "h2", "li", "mark", "p"]);
  assert.strictEqual(li.attrs["data-url"], "positions/x/#p_1");
  const text = (n) => (n.text !== undefined ? n.text : n.children.map(text).join(""));
  assert.strictEqual(text(li), "Position" + evil + "Context " + evil + "Body " + evil);
  assert.ok(!fs.readFileSync(path.join(repo, "themes/default/assets/search.js"), "utf8").includes("innerHTML"));
});

test("keeps the query and facets in the address", () => {
  const state = search.parseState("?q=dual+criminality&kind=position&kind=page&stakeholder=gi-toc&from=2023-01-01&x=1");
  assert.deepStrictEqual(state, { q: "dual criminality", kind: ["position", "page"], stakeholder: ["gi-toc"], draft: [], session: [], from: "2023-01-01", to: "" });
  assert.strictEqual(search.serializeState(state), "?q=dual+criminality&kind=position&kind=page&stakeholder=gi-toc&from=2023-01-01");
  assert.deepStrictEqual(search.parseState(search.serializeState(state)), state);
  assert.strictEqual(search.parseState("?q=art%2024(2)%26").q, "art 24(2)&");
  assert.strictEqual(search.serializeState(search.parseState("")), "");
});

// The acceptance queries, on the index of this repository's own site.
// scripts/test builds the site once for every test of the run and names its folder in
// TRAVAUX_REPOSITORY_SITE; alone, this file builds it (into a folder it removes after).
let built = null;
function site() {
  if (built) return built;
  let out = process.env.TRAVAUX_REPOSITORY_SITE;
  let owned = false;
  if (!out) {
    const binary = path.join(repo, ".build/debug/travaux");
    assert.ok(fs.existsSync(binary), `${binary} is missing: run swift build first`);
    out = fs.mkdtempSync(path.join(os.tmpdir(), "travaux-search-"));
    owned = true;
    const run = spawnSync(binary, ["build", "--source", repo, "--output", out], { encoding: "utf8" });
    assert.strictEqual(run.status, 0, `travaux build failed:\n${run.stderr}`);
  }
  assert.ok(fs.existsSync(path.join(out, "search/index.json.gz")), "the build wrote no search/index.json.gz");
  built = {
    out,
    owned,
    index: readIndexFile(out, "index"),
    facets: readIndexFile(out, "facets"),
  };
  return built;
}
test.after(() => { if (built && built.owned) fs.rmSync(built.out, { recursive: true, force: true }); });

test("site: dual criminality finds the ICC and GI-TOC passages first", async () => {
  const engine = engineOn(site().out);
  const res = await engine.search("dual criminality");
  const found = await urls(engine, res.results);
  const firstDraft = res.results.findIndex((r) => r.kind === 0);
  const before = found.slice(0, firstDraft < 0 ? found.length : firstDraft);
  assert.ok(before.length >= 2, found.join("\n"));
  // Their passages (and ICC's document itself, whose stance notes name the words).
  for (const url of before) assert.match(url, /^positions\/(icc-2023-cnd-considerations|gi-toc-2023-11-key-positions)\//);
  assert.ok(before.some((u) => u.startsWith("positions/icc-2023-cnd-considerations/")), found.join("\n"));
  assert.ok(before.some((u) => u.startsWith("positions/gi-toc-2023-11-key-positions/")), found.join("\n"));
  // Every result shows both words marked in its snippet or title.
  const docs = await engine.documents(res.results.slice(0, 5));
  for (const d of docs) {
    const marks = search.highlight(d[1] + " " + d[3], res.terms, undefined, 30).filter(Array.isArray).map((m) => search.fold(m[2]));
    assert.ok(marks.includes("dual") && marks.some((m) => m.startsWith("criminalit")), d[0]);
  }
  // As you type, and with accents or capitals, the same passages.
  for (const q of ["dual crimin", "DUAL CRIMINALITY", "dual críminality", "duál criminalities"]) {
    assert.deepStrictEqual(await urls(engine, (await engine.search(q)).results.slice(0, before.length)), before, q);
  }
});

test("site: art 24 opens Article 24 of the latest draft, then across drafts, then the passages citing it", async () => {
  const { out, index } = site();
  const engine = engineOn(out);
  const article = index.latest.articles["24"];
  assert.ok(article, "the latest draft has an Article 24");
  const citing = new Set();
  const shard = (t) => readIndexFile(out, `terms/${search.shardOf(index.shards, t)}`);
  for (const p of search.postings(shard("~" + article.key)["~" + article.key] || "")) citing.add(p.doc);
  assert.ok(citing.size > 0, "passages cite Article 24");
  for (const q of ["art 24", "Art. 24", "article 24", "articles 24"]) {
    const res = await engine.search(q);
    const found = await urls(engine, res.results);
    assert.strictEqual(found[0], `${index.latest.url}#${article.anchor}`, q);
    assert.strictEqual(found[1], `articles/${article.key}/`, q);
    assert.deepStrictEqual(new Set(res.results.slice(2).map((r) => r.doc)), citing, q);
  }
  if (index.latest.draft === "updated-cnd") assert.strictEqual((await urls(engine, (await engine.search("art 24")).results))[0], "drafts/updated-cnd/#art_24");
  // A part: the deepest anchor the latest draft has; the citing passages, most specific first.
  const res = await engine.search("article 24(2)");
  const deepest = article.parts.includes("para_2") ? `${article.anchor}__para_2` : article.anchor;
  assert.strictEqual(res.results[0].url, `${index.latest.url}#${deepest}`);
  const specific = search.postings(shard(`~${article.key}/2`)[`~${article.key}/2`] || "").map((p) => p.doc);
  assert.deepStrictEqual(res.results.slice(2, 2 + specific.length).map((r) => r.doc), specific);
  assert.strictEqual((await engine.search("24(2)(b)")).results[0].url, res.results[0].url);
});

test("site: phrases, prefixes and facet counts", async () => {
  const { out, index, facets } = site();
  const engine = engineOn(out);
  const phrase = await engine.search('"freedom of expression"');
  assert.ok(phrase.results.length > 0);
  for (const d of await engine.documents(phrase.results)) {
    assert.match(search.tokens(d[1] + " \u2029 " + d[3]).map((t) => t.word).join(" "), /freedom of expression/, d[0]);
  }
  const reversed = await engine.search('"expression of freedom"');
  assert.ok(reversed.results.length < phrase.results.length);

  const prefix = await engine.search("safegu");
  assert.ok(prefix.results.length > 0);
  for (const d of await engine.documents(prefix.results)) assert.match(search.fold(d[1] + " " + d[3]), /\bsafegu/, d[0]);
  const exact = new Set((await engine.search("safeguards")).results.map((r) => r.doc));
  assert.ok([...exact].every((doc) => prefix.results.some((r) => r.doc === doc)));
  assert.ok(engine.fetched.filter((u) => u.startsWith("search/terms/")).length <= index.shards.length);

  const sum = (a) => a.reduce((x, y) => x + y, 0);
  const all = await engine.search("cooperation", {});
  assert.ok(all.total > 0);
  assert.strictEqual(sum(all.counts[0]), all.total, "kind counts add up to the results");
  const positionKind = index.kinds.findIndex((k) => k[0] === "position");
  const positions = await engine.search("cooperation", { kind: ["position"] });
  assert.strictEqual(positions.total, all.counts[0][positionKind]);
  assert.ok(positions.results.every((r) => r.kind === positionKind));
  const gitoc = facets.stakeholders.findIndex((s) => s[0] === "gi-toc");
  const narrowed = await engine.search("cooperation", { kind: ["position"], stakeholder: ["gi-toc"] });
  assert.strictEqual(narrowed.total, positions.counts[1][gitoc]);
  assert.strictEqual(sum(narrowed.counts[0]), all.counts[1][gitoc], "kinds counted within GI-TOC's results");
  for (const d of await engine.documents(narrowed.results)) assert.match(d[0], /^positions\/gi-toc-/);
  const later = await engine.search("cooperation", { from: "2023-01-01" });
  assert.ok(later.total < all.total && later.total > 0);
});
