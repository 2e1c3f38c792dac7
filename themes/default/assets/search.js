// Travaux: search (docs/search.md). Reads the index under search/: quick results as you type
// in the box of every page, and /search/ with facets and snippets. Without this script the
// box still submits to /search/, which says that search needs JavaScript.
(function (root) {
  "use strict";

  var STOP = "a an and are as at be been by for from has have in into is it its of on or s shall such that the their this those to under which with".split(" ");
  var WORD = /[\p{L}\p{N}]/u, K1 = 1.2, PAGE = 10, QUICK = 8;
  var FACETS = ["kind", "stakeholder", "draft", "session"], LISTS = ["kinds", "stakeholders", "drafts", "sessions"];
  var ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", DIGIT = [], folded = {};
  for (var a = 0; a < 64; a++) DIGIT[ALPHA.charCodeAt(a)] = a;
  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var map = function (list, f) { return Array.prototype.map.call(list, f); };

  /** The page's interface strings, in its language (assets/strings.js). */
  var strings = (typeof module !== "undefined" && module.exports ? require("./strings.js") : root.TravauxStrings).create();
  var useStrings = strings.useStrings, say = strings.say, readPageStrings = strings.readPageStrings;

  /** The label of a kind facet value ([id, label] from the index) in the page's language. */
  function kindLabel(kind) { return say("kind_" + kind[0], kind[1]); }


  function setOf(list) {
    var s = Object.create(null);
    list.forEach(function (w) { s[w] = true; });
    return s;
  }

  // Arabic letters that decomposition leaves as they are: alef wasla, alef maksura, teh
  // marbuta, tatweel, Arabic-Indic digits (docs/search.md, "Languages").
  var ARABIC = /[\u0671\u0649\u0629\u0640\u0660-\u0669\u06f0-\u06f9]/g;
  var ARABIC_AS = { "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": "" };
  // Written without spaces between words, so indexed as overlapping bigrams.
  var CJK = /[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;

  /** One character folded: й and kana as they are, else NFKD, combining marks dropped,
      Arabic normalised, lower case, final sigma as sigma. */
  function foldChar(c) {
    var k = c.codePointAt(0);
    if (k === 0x419 || k === 0x439) return "\u0439";
    if (k >= 0x3041 && k <= 0x30ff) return c;
    return c.normalize("NFKD").replace(/\p{M}/gu, "").replace(ARABIC, function (a) {
      return has(ARABIC_AS, a) ? ARABIC_AS[a] : String((a.charCodeAt(0) - 0x660) % 0x90);
    }).toLowerCase().replace(/\u03c2/g, "\u03c3");
  }

  /** `text` folded character by character, as the builder folds it. */
  function fold(text) {
    return Array.from(String(text), foldChar).join("");
  }

  /** Calls fn(word, start, end) for each run of letters and digits of `text`, folded and cut to
      40 characters; start and end are offsets in `text`. Folds character by character, as the
      builder does: "" for a mark (it joins), null for what separates words. */
  function scan(text, fn) {
    var word = "", len = 0, start = 0, end = 0, i, j, c, n, f, s;
    // A run of Chinese or Japanese characters: its last character, where that stands, its length.
    var prev = null, prevStart = 0, prevEnd = 0, run = 0;
    function close() {
      if (run === 1) fn(prev, prevStart, prevEnd);
      prev = null;
      run = 0;
    }
    function finish() {
      if (run) close();
      if (len) fn(word, start, end);
      word = "";
      len = 0;
    }
    text = String(text || "");
    for (i = 0; i < text.length; i += n) {
      c = text.charCodeAt(i);
      n = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? 2 : 1;
      if (c < 128) f = (c > 47 && c < 58) || (c > 96 && c < 123) ? text[i] : c > 64 && c < 91 ? String.fromCharCode(c + 32) : null;
      else {
        s = text.substr(i, n);
        if (!has(folded, s)) folded[s] = (f = foldChar(s)) && !WORD.test(f) ? null : f;
        f = folded[s];
      }
      if (f === null) finish();
      else for (j = 0; j < f.length; j += s.length) {
        s = String.fromCodePoint(f.codePointAt(j));
        if (!WORD.test(s)) { finish(); continue; }
        if (CJK.test(s)) {
          // A bigram with the character before it; a lone character is a word of its own.
          if (len) finish();
          if (prev !== null) fn(prev + s, prevStart, i + n);
          prev = s;
          prevStart = i;
          prevEnd = i + n;
          run++;
          continue;
        }
        if (run) close();
        if (!len) start = i;
        if (len < 40) { word += s; len++; }
        end = i + n;
      }
    }
    finish();
  }

  // Porter's step 1 (1a, 1b, 1c).
  function cons(w, i) {
    return "aeiou".indexOf(w[i]) < 0 && (w[i] !== "y" || i === 0 || !cons(w, i - 1));
  }
  function measure(w, end) {
    var m = 0, i = 0;
    while (i < end && cons(w, i)) i++;
    for (;;) {
      while (i < end && !cons(w, i)) i++;
      if (i >= end) return m;
      m++;
      while (i < end && cons(w, i)) i++;
    }
  }
  function vowel(w, end) {
    for (var i = 0; i < end; i++) if (!cons(w, i)) return true;
    return false;
  }
  function ends(w, s) { return w.slice(-s.length) === s; }

  /** The stem of a folded word: words of more than 3 letters, all a-z, only. */
  function stem(w) {
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
    if (ends(w, "sses") || ends(w, "ies")) w = w.slice(0, -2);
    else if (!ends(w, "ss") && ends(w, "s")) w = w.slice(0, -1);
    var k = ends(w, "eed") ? 0 : ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : -1, j;
    if (!k) {
      if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
    } else if (k > 0 && vowel(w, w.length - k)) {
      w = w.slice(0, -k);
      j = w.length - 1;
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (w[j] === w[j - 1] && cons(w, j)) { if ("lsz".indexOf(w[j]) < 0) w = w.slice(0, -1); }
      else if (measure(w, w.length) === 1 && j >= 2 && cons(w, j) && !cons(w, j - 1) && cons(w, j - 2) && "wxy".indexOf(w[j]) < 0) w += "e";
    }
    if (ends(w, "y") && vowel(w, w.length - 1)) w = w.slice(0, -1) + "i";
    return w;
  }

  // Light Arabic stemming: the first of these prefixes that leaves 2 letters, else a leading
  // waw that leaves 3 (Stemmer+Arabic.swift).
  var AR_PREFIXES = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"];
  function stemArabic(w) {
    for (var i = 0; i < AR_PREFIXES.length; i++) {
      if (w.lastIndexOf(AR_PREFIXES[i], 0) === 0 && Array.from(w.slice(AR_PREFIXES[i].length)).length >= 2) return w.slice(AR_PREFIXES[i].length);
    }
    return w[0] === "\u0648" && Array.from(w.slice(1)).length >= 3 ? w.slice(1) : w;
  }

  /** How an index analyses words: its stop words and its language (the BCP 47 primary
      subtag), which picks the stemmer: Porter's step 1 for English, prefixes for Arabic,
      none for the others. */
  function Analysis(stopwords, language) {
    this.stop = setOf(stopwords || []);
    this.language = String(language || "en").toLowerCase().split(/[-_]/)[0] || "en";
  }
  Analysis.prototype.term = function (w) {
    return this.stop[w] === true ? null : this.language === "en" ? stem(w) : this.language === "ar" ? stemArabic(w) : w;
  };
  var ENGLISH = new Analysis(STOP, "en");

  /** An Analysis from what callers give: an Analysis, a set of (English) stop words, or nothing. */
  function analysis(a) {
    if (a instanceof Analysis) return a;
    if (!a) return ENGLISH;
    var an = Object.create(Analysis.prototype);
    an.stop = a;
    an.language = "en";
    return an;
  }

  /** The analysis of an index (its stop words and language), read once. */
  function analysisOf(idx) {
    return idx.analysis || (idx.analysis = new Analysis(idx.stopwords || STOP, idx.language));
  }

  /** Every word of `text`: {term (null for a stop word), word, pos, start, end}. `stop` is an
      Analysis, or a set of English stop words. */
  function tokens(text, stop, from) {
    var out = [], pos = from || 0, an = analysis(stop);
    scan(text, function (w, start, end) {
      out.push({ term: an.term(w), word: w, pos: pos++, start: start, end: end });
    });
    return out;
  }

  /** The indexed terms of `text`, in order. */
  function terms(text, stop) {
    return tokens(text, stop).filter(function (t) { return t.term; }).map(function (t) { return t.term; });
  }

  /** The numbers of a v32 string. */
  function v32(s) {
    var out = [], cur = 0, d;
    for (var i = 0; i < s.length; i++) {
      if ((d = DIGIT[s.charCodeAt(i)]) === undefined) continue;
      if (d >= 32) cur = cur * 32 + d - 32;
      else { out.push(cur * 32 + d); cur = 0; }
    }
    return out;
  }

  /** A postings string as [{doc, w, pos}]. */
  function postings(s, positions) {
    var n = v32(s), at = v32(positions || ""), out = [], doc = 0, j = 0;
    for (var i = 0; i < n.length;) {
      doc += n[i++];
      var w = n[i++], c = at[j++] || 0, pos = [], p = 0;
      while (c--) pos.push(p += at[j++]);
      out.push({ doc: doc, w: w, pos: pos });
    }
    return out;
  }

  /** The shard holding `term`: the last whose first term is not greater (UTF-16 order). */
  function shardOf(shards, term) {
    var lo = 0, hi = shards.length - 1, mid;
    while (lo < hi) {
      mid = (lo + hi + 1) >> 1;
      if (shards[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // Numbers and point labels as the six languages write them (Sources/Addressing/Numeral.swift).
  var ZH_DIGITS = { "\u3007": 0, "\u96f6": 0, "\u4e00": 1, "\u4e8c": 2, "\u4e24": 2, "\u4e09": 3, "\u56db": 4, "\u4e94": 5, "\u516d": 6, "\u4e03": 7, "\u516b": 8, "\u4e5d": 9 };
  var ZH_UNITS = { "\u5341": 10, "\u767e": 100, "\u5343": 1000 };
  var ZH_NUMERAL = "[\u3007\u96f6\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343]+";
  // Arabic point labels in abjad order, Russian ones in Cyrillic: (a), (b)...
  var ABJAD = Array.from("\u0623\u0628\u062c\u062f\u0647\u0648\u0632\u062d\u0637\u064a\u0643\u0644\u0645\u0646\u0633\u0639\u0641\u0635\u0642\u0631\u0634\u062a\u062b\u062e\u0630\u0636");
  var CYRILLIC = Array.from("\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u043a\u043b\u043c\u043d\u043e\u043f\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044d");

  /** `text` with Arabic-Indic, Eastern Arabic-Indic and full-width digits as ASCII digits. */
  function asciiDigits(text) {
    return String(text).replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, function (d) {
      var c = d.charCodeAt(0);
      return String(c - (c >= 0xff10 ? 0xff10 : c >= 0x6f0 ? 0x6f0 : 0x660));
    });
  }

  /** The value of ASCII digits or Chinese numerals (二十四 24, 一百零五 105, 二〇二三 2023); null otherwise. */
  function numberValue(text) {
    var chars = Array.from(String(text)), total = 0, pending = null, last = Infinity, i, c;
    if (!chars.length) return null;
    if (/^\d+$/.test(text)) return parseInt(text, 10);
    if (!chars.every(function (x) { return has(ZH_DIGITS, x) || has(ZH_UNITS, x); })) return null;
    if (!chars.some(function (x) { return has(ZH_UNITS, x); })) return chars.reduce(function (v, x) { return v * 10 + ZH_DIGITS[x]; }, 0);
    for (i = 0; i < chars.length; i++) {
      c = chars[i];
      if (has(ZH_DIGITS, c)) {
        if (pending !== null && ZH_DIGITS[c] !== 0) return null;
        pending = ZH_DIGITS[c] || null;
      } else {
        if (ZH_UNITS[c] >= last) return null;
        total += (pending === null ? 1 : pending) * ZH_UNITS[c];
        pending = null;
        last = ZH_UNITS[c];
      }
    }
    return total + (pending || 0);
  }

  /** A point label as the Latin letter it stands for: an Arabic letter in abjad order, a
      Cyrillic one, a Chinese numeral; Latin labels and numbers as they are. */
  function latinLabel(label) {
    var l = String(label).toLowerCase(), i = ABJAD.indexOf(/^[\u0627\u0625\u0622]$/.test(l) ? "\u0623" : l), n;
    if (i < 0) i = CYRILLIC.indexOf(l);
    if (i < 0 && new RegExp("^" + ZH_NUMERAL + "$").test(l) && (n = numberValue(l)) >= 1 && n <= 26) i = n - 1;
    return i >= 0 ? String.fromCharCode(97 + i) : l;
  }

  // "art 24", "Art. 4 bis", "articles 24(2)(b)", "24(2)", "article 24, paragraph 2 (a)", in
  // each language: "artículo 24", "article 24 paragraphe 2", "статья 24", "ст. 24",
  // "المادة 24"; Chinese ("第24条第2款") has a pattern of its own.
  var ARTICLE = "(?:art(?:icles?|s|[i\u00ed]culos?)?\\.?|\u0441\u0442\u0430\u0442(?:\u044c\u044f|\u044c\u0438|\u044c\u044e|\u044c\u0435|\u044c\u0435\u0439|\u0435\u0439)|\u0441\u0442\\.?|(?:\u0627\u0644)?\u0645\u0627\u062f[\u0629\u0647])";
  var KEYWORD = "(?:paragraphes?|paragraphs?|paras?|par|\u00b6|points?|subparagraphs?|letter|alin[e\u00e9]as?|p[a\u00e1]rrafos?|apartados?|incisos?"
    + "|\u043f\u043e\u0434\u043f\u0443\u043d\u043a\u0442[\u0430-\u044f]*|\u043f\u0443\u043d\u043a\u0442[\u0430-\u044f]*|\u043f\u043f|\u043f"
    + "|(?:\u0627\u0644)?\u0641\u0642\u0631[\u0629\u0647]|(?:\u0627\u0644)?\u0628\u0646\u062f)\\.?\\s*\\(?\\s*";
  var LABEL = "\\d+|[a-z]|[ivx]{2,5}|[\u0430-\u044f]|[\u0621-\u064a]";
  var ART = new RegExp("(^|[^\\p{L}\\p{N}])(" + ARTICLE + "\\s*)?(\\d+|premi[e\u00e8]re?|1er|1re|primer[oa])(\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?((?:\\s*\\(\\s*(?:" + LABEL + ")\\s*\\)|\\s*,?\\s*" + KEYWORD + "(?:" + LABEL + ")\\s*\\)?)*)(?![\\p{L}\\p{N}])", "giu");
  var PART = new RegExp("\\(\\s*(\\d+|[a-z]+|[\u0430-\u044f]|[\u0621-\u064a])\\s*\\)|" + KEYWORD + "(\\d+|[a-z]+|[\u0430-\u044f]|[\u0621-\u064a])", "giu");
  // 第二十四条第二款(a)项: article, paragraph (款), point (项, or a label in brackets).
  var ZH_ART = new RegExp("\u7b2c\\s*(\\d+|" + ZH_NUMERAL + ")\\s*\u6761((?:\\s*\u7b2c\\s*(?:\\d+|" + ZH_NUMERAL + ")\\s*[\u6b3e\u9879]|\\s*[(\uff08]\\s*(?:\\d+|[a-z]|" + ZH_NUMERAL + ")\\s*[)\uff09]\\s*\u9879?)*)", "gi");
  var ZH_PART = new RegExp("\u7b2c\\s*(\\d+|" + ZH_NUMERAL + ")\\s*([\u6b3e\u9879])|[(\uff08]\\s*(\\d+|[a-z]|" + ZH_NUMERAL + ")\\s*[)\uff09]", "gi");

  /** Article `num` (+ " bis"…) with its parts `more` ("(2)(b)") in the latest draft: {article,
      anchor (the deepest part that exists), label, cites (citation terms, most specific
      first), earlier (the provisions earlier drafts numbered so: latest.earlier)}, or null
      when no draft of the record has such an article. Without the latest draft's article,
      `article` is null and `label` is the number's. */
  function resolveArticle(num, suffix, more, latest) {
    var key = (num + (suffix || "")).toLowerCase().replace(/[^a-z0-9]/g, "");
    var art = latest && latest.articles && has(latest.articles, key) && latest.articles[key];
    var earlier = (latest && latest.earlier && has(latest.earlier, key) && latest.earlier[key]) || [];
    if (!art && !earlier.length) return null;
    if (!art) art = { number: earlier[0].number, anchor: null, parts: [], missing: true };
    var parts = [], values = [], cites = [], anchor = art.anchor, depth = 0, m, k;
    while ((m = PART.exec(more || ""))) {
      values.push(latinLabel(m[1] || m[2]));
      parts.push((/\d/.test(values[values.length - 1]) ? "para_" : "point_") + values[values.length - 1]);
    }
    for (k = parts.length; k > 0 && !depth; k--) {
      if ((art.parts || []).indexOf(parts.slice(0, k).join("__")) >= 0) anchor += "__" + parts.slice(0, (depth = k)).join("__");
    }
    [art].concat(earlier).forEach(function (a) {
      if (a.key) for (k = values.length; k >= 0; k--) cites.push("~" + [a.key].concat(values.slice(0, k)).join("/"));
    });
    return {
      article: art.missing ? null : art, anchor: anchor, cites: cites,
      earlier: earlier.map(function (e) {
        var now = e.now && latest.articles[e.now.toLowerCase().replace(/[^a-z0-9]/g, "")];
        return { number: e.number, drafts: e.drafts || [], key: e.key, now: e.now || null, title: e.title || (now && now.title) || "" };
      }),
      // The capitalized label of the anchor, as the build writes it (Anchor+Label.swift).
      label: say("art", "Art. {number}", { number: art.number + values.slice(0, depth).map(function (v) { return "(" + v + ")"; }).join("") }),
    };
  }

  /** A query: {article, words: [{term, word, pos, prefix}], phrases: [[{term, off}]]}. Quoted
      text is a phrase; the first article reference outside quotes is the article. */
  function parseQuery(q, stop, latest) {
    var plain = [], phrases = [], article = null, seen = {};
    String(q || "").split('"').forEach(function (seg, i) {
      if (i % 2) {
        var t = tokens(seg, stop).filter(function (x) { return x.term; });
        if (t.length) phrases.push(t.map(function (x) { return { term: x.term, off: x.pos - t[0].pos }; }));
      } else {
        // Digits as ASCII and Arabic without its marks, as the words are folded anyway.
        seg = asciiDigits(seg).replace(/[\u064b-\u065f\u0670\u0640]/g, "");
        seg = seg.replace(ZH_ART, function (all, num, more) {
          var n = numberValue(num), parts = "";
          if (article || n === null) return all;
          more.replace(ZH_PART, function (x, value, kind, label) {
            var v = value ? numberValue(value) : null;
            if (value && !(v >= 1 && v <= (kind === "\u6b3e" ? 9999 : 26))) return;
            parts += "(" + (kind === "\u6b3e" ? v : kind ? String.fromCharCode(96 + v) : /^\d+$/.test(label) ? label : latinLabel(label)) + ")";
          });
          return (article = resolveArticle(String(n), "", parts, latest)) ? " " : all;
        });
        plain.push(seg.replace(ART, function (all, before, art, num, suffix, more) {
          if (article || !(art || more)) return all;
          if (!/^\d+$/.test(num)) num = "1";
          return (article = resolveArticle(num, suffix, more, latest)) ? before + " " : all;
        }));
      }
    });
    var an = analysis(stop);
    var words = tokens(plain.join(" "), an).filter(function (t) {
      return t.term && !has(seen, t.term) && (seen[t.term] = true);
    }).map(function (t) {
      // Prefixes of 3 letters or more, or of a lone Chinese character (it starts bigrams);
      // an Arabic word's also of its stem, as the terms have lost their prefixes (الاجرا
      // finds الإجراءات), and of the word, as a word whose root begins as a prefix does
      // lost it in the text (إلكترونية finds الإلكترونية).
      var n = Array.from(t.word).length, word = { term: t.term, word: t.word, pos: t.pos, prefix: n >= 3 || (n === 1 && CJK.test(t.word)) };
      if (an.language === "ar" && t.term !== t.word) word.also = t.term;
      return word;
    });
    return { article: article, words: words, phrases: phrases };
  }

  /** A term's score in a posting: 3 × IDF in the title, saturating body hits, drafts' body × 0.6. */
  function termScore(w, idf) {
    var body = (w >> 1) & 3;
    return (w & 1 ? 3 * idf : 0) + idf * (body * (K1 + 1) / (body + K1)) * (w >> 3 ? 1 : 0.6);
  }

  // The documents of a word (`lists` of postings: its term, then prefix expansions counting
  // `factors`) or of a phrase (terms at offsets `offs`): Map doc -> {s, pos, kind}.
  function unit(lists, offs, factors, n) {
    var docs = new Map(), idf = lists.map(function (l) { return Math.log(1 + (n - l.length + 0.5) / (l.length + 0.5)); });
    var maps = offs && lists.map(function (l) { return new Map(l.map(function (p) { return [p.doc, p]; })); });
    (offs ? lists.slice(0, 1) : lists).forEach(function (l, i) {
      l.forEach(function (p) {
        var d = docs.get(p.doc) || { s: 0, pos: [], kind: p.w >> 3 }, ps;
        if (!offs) {
          d.s = Math.max(d.s, termScore(p.w, idf[i]) * factors[i]);
          d.pos = d.pos.concat(p.pos);
          return docs.set(p.doc, d);
        }
        ps = maps.map(function (m) { return m.get(p.doc); });
        if (!ps.every(Boolean)) return;
        d.pos = p.pos.filter(function (x) { return ps.every(function (q, k) { return q.pos.indexOf(x + offs[k]) >= 0; }); });
        d.s = ps.reduce(function (sum, q, k) { return sum + termScore(q.w, idf[k]); }, 0);
        if (d.pos.length) docs.set(p.doc, d);
      });
    });
    return docs;
  }

  /**
   * facets.json read into the facet values (kinds, stakeholders, drafts, sessions), one group
   * [kind, [stakeholders], draft, session, "YYYY-MM-DD"] per source, and each document's group.
   * `sources` holds a v32 column per value, a number per source (stakeholders: their count, then
   * their indices).
   */
  function parseFacets(f) {
    var src = f.sources || {}, col = {}, groups = [], table = [], s = 0;
    ["count", "kind", "draft", "session", "day", "stakeholders"].forEach(function (name) { col[name] = v32(src[name] || ""); });
    col.count.forEach(function (count, i) {
      var k = col.stakeholders[s], day = col.day[i];
      groups.push([col.kind[i], col.stakeholders.slice(s + 1, s + 1 + k), col.draft[i] - 1, col.session[i] - 1, day ? new Date((day - 1) * 864e5).toISOString().slice(0, 10) : ""]);
      s += 1 + k;
      for (var c = 0; c < count; c++) table.push(i);
    });
    return { groups: groups, table: table, kinds: f.kinds, stakeholders: f.stakeholders, drafts: f.drafts, sessions: f.sessions };
  }

  // A facet group's values of facet f (kind, stakeholders, draft, session).
  function values(g, f) { return typeof g[f] === "number" ? (g[f] < 0 ? [] : [g[f]]) : g[f]; }

  /** Whether a facet group passes the filters `sel`, leaving out facet `except`. */
  function passes(g, sel, except, from, to) {
    if ((from || to) && (!g[4] || (from && g[4] < from) || (to && g[4] > to))) return false;
    for (var f = 0; f < 4; f++) {
      if (f !== except && sel[f] && !values(g, f).some(function (v) { return sel[f].indexOf(v) >= 0; })) return false;
    }
    return true;
  }

  /**
   * Ranks the documents for `query`. `get(term)` gives parsed postings or null, `expand(word)`
   * the indexed terms starting with `word`; `facets` ({groups, table: doc -> group}) and
   * `filters` ({kind: [ids], stakeholder, draft, session, from, to}) are optional. Gives
   * {results: [{doc, kind, score} | {pinned, url, title, context, kind}], total (documents),
   * partial (no document has every word), terms (to mark), counts (per facet, per value)}.
   */
  function rank(idx, query, get, expand, facets, filters) {
    var n = idx.documents, units = [], words = [], marked = [], out = [], seen = new Set(), partial = false;
    var docs = [], found = [], counts = new Map(), tally = null, art = query.article;
    filters = filters || {};
    query.words.forEach(function (w) {
      var lists = [], factors = [];
      var more = w.prefix ? expand(w.word).concat(w.also ? expand(w.also) : []) : [];
      [w.term].concat(more.filter(function (t, i) { return more.indexOf(t) === i; })).forEach(function (t, i) {
        var p = (!i || t !== w.term) && get(t);
        if (p) { lists.push(p); factors.push(i ? 0.5 : 1); marked.push(t); }
      });
      words.push(unit(lists, null, factors, n));
      words[words.length - 1].qpos = w.pos;
    });
    query.phrases.forEach(function (ph) {
      var lists = ph.map(function (t) { marked.push(t.term); return get(t.term); });
      units.push(lists.every(Boolean) ? unit(lists, ph.map(function (t) { return t.off; }), null, n) : new Map());
    });
    units = words.concat(units);
    var sel = FACETS.map(function (name, f) {
      var ids = map((facets || {})[LISTS[f]] || [], function (x) { return x[0]; });
      var s = (filters[name] || []).map(function (id) { return ids.indexOf(id); }).filter(function (i) { return i >= 0; });
      return s.length ? s : null;
    });
    var from = filters.from || "", to = filters.to || "", filtered = facets && (from || to || sel.some(Boolean));
    if (art && !filtered) {
      var a = art.article;
      if (a) out.push({ pinned: true, url: idx.latest.url + "#" + art.anchor, title: art.label + (a.title ? " \u00b7 " + a.title : ""), context: say("latest_draft", "{draft} (latest draft)", { draft: idx.latest.title }), kind: 0 });
      if (a && a.key) out.push({ pinned: true, url: (idx.prefix || "") + "articles/" + a.key + "/", title: say("article_across_drafts", "Article {number} across drafts", { number: a.number }), context: (a.title ? a.title + " \u00b7 " : "") + say("every_draft", "every draft, proposals and positions"), kind: -1 });
      // The provisions earlier drafts numbered so, under their number then and now.
      (art.earlier || []).forEach(function (e) {
        out.push({
          pinned: true, url: (idx.prefix || "") + "articles/" + e.key + "/", kind: -1,
          title: say("article_of_drafts", "Article {number} of the {drafts}", { number: e.number, drafts: e.drafts.join(", ") }) + " \u00b7 "
            + (e.now ? say("now_art", "now Art. {number}", { number: e.now }) : say("not_in_latest", "not in the latest draft")),
          context: (e.title ? e.title + " \u00b7 " : "") + say("every_draft", "every draft, proposals and positions"),
        });
      });
    }
    if (art) art.cites.forEach(function (t) {
      (get(t) || []).forEach(function (p) { if (!seen.has(p.doc)) { seen.add(p.doc); docs.push({ doc: p.doc, kind: p.w >> 3, score: 0 }); } });
    });
    units.forEach(function (u) {
      u.forEach(function (d, doc) {
        var c = counts.get(doc) || { doc: doc, kind: d.kind, score: 0, n: 0 };
        c.score += d.s;
        c.n++;
        counts.set(doc, c);
      });
    });
    counts.forEach(function (c) {
      if (c.n < units.length) return;
      // The words side by side in the document, as in the query, score half more.
      if (words.length > 1 && words[0].get(c.doc).pos.some(function (x) {
        return words.every(function (u) { return u.get(c.doc).pos.indexOf(x + u.qpos - words[0].qpos) >= 0; });
      })) c.score *= 1.5;
      found.push(c);
    });
    if (!found.length && units.length > 1) {
      partial = counts.size > 0;
      counts.forEach(function (c) { found.push(c); });
    }
    found.sort(function (x, y) { return y.n - x.n || y.score - x.score || x.doc - y.doc; }).forEach(function (c) {
      if (!seen.has(c.doc)) { seen.add(c.doc); docs.push(c); }
    });
    if (facets) {
      tally = LISTS.map(function (l) { return map(facets[l] || [], function () { return 0; }); });
      docs = docs.filter(function (d) {
        var g = facets.groups[facets.table[d.doc]];
        if (!g) return !filtered;
        for (var f = 0; f < 4; f++) if (passes(g, sel, f, from, to)) values(g, f).forEach(function (v) { tally[f][v]++; });
        return passes(g, sel, -1, from, to);
      });
    }
    return { results: out.concat(docs), total: docs.length, partial: partial, terms: marked, counts: tally };
  }

  /** `text` as strings and ["mark", {}, word] for the words of `marked`; with `size`, only
      about that many words around the first match, with "…" where cut. */
  function highlight(text, marked, stop, size) {
    text = String(text || "");
    var want = setOf(marked || []), toks = tokens(text, stop), first = -1, a = 0, b = toks.length, out = [], at;
    toks.some(function (t, i) { return t.term && want[t.term] && ((first = i), true); });
    if (size && b > size) b = (a = Math.max(0, Math.min(first - 8, b - size))) + size;
    var lo = a ? toks[a].start : 0, hi = b < toks.length ? toks[b - 1].end : text.length;
    if (lo) out.push("\u2026 ");
    at = lo;
    toks.slice(a, b).forEach(function (t) {
      // Bigrams overlap: a mark starts where the one before it ended.
      if (!t.term || !want[t.term] || t.end <= at) return;
      if (t.start > at) out.push(text.slice(at, t.start));
      out.push(["mark", {}, text.slice(Math.max(at, t.start), (at = t.end))]);
    });
    if (hi > at) out.push(text.slice(at, hi));
    if (hi < text.length) out.push(" \u2026");
    return out;
  }

  /** A result as an element tree ([tag, attributes, ...children]; strings are text). */
  function resultView(r, doc, idx, marked, href) {
    var d = doc || [r.url, r.title, r.context, ""];
    var li = ["li", { class: "search-result", "data-url": d[0] },
      ["p", { class: "search-kind" }, (idx.kinds || [])[r.kind] ? kindLabel(idx.kinds[r.kind]) : say("provision", "Provision")],
      ["h2", { class: "search-title" }, ["a", { href: href(d[0]) }].concat(highlight(d[1], marked, analysisOf(idx)))]];
    if (d[2]) li.push(["p", { class: "search-context" }, d[2]]);
    if (d[3]) li.push(["p", { class: "search-snippet" }].concat(highlight(d[3], marked, analysisOf(idx), 30)));
    return li;
  }

  /** Builds a tree with createElement and text nodes only: index text is never parsed as HTML. */
  function build(document, tree) {
    if (typeof tree === "string") return document.createTextNode(tree);
    var el = document.createElement(tree[0]);
    for (var k in tree[1]) el.setAttribute(k, tree[1][k]);
    for (var i = 2; i < tree.length; i++) el.appendChild(build(document, tree[i]));
    return el;
  }

  /** The query and facets of an address ("?q=…&kind=position&from=2023-01-01"). */
  function parseState(search) {
    var st = { q: "", kind: [], stakeholder: [], draft: [], session: [], from: "", to: "" };
    var dec = function (s) { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } };
    String(search || "").replace(/^\?/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("="), name = dec(i < 0 ? pair : pair.slice(0, i)), value = i < 0 ? "" : dec(pair.slice(i + 1));
      if (!has(st, name)) return;
      if (!Array.isArray(st[name])) st[name] = value;
      else if (value && st[name].indexOf(value) < 0) st[name].push(value);
    });
    return st;
  }

  function serializeState(st) {
    var parts = [];
    ["q"].concat(FACETS, "from", "to").forEach(function (name) {
      [].concat(st[name] || []).forEach(function (v) { if (v) parts.push(name + "=" + encodeURIComponent(v).replace(/%20/g, "+")); });
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  /** The text of a response: the bytes as they are when they are not gzip (a host that sent
      the file with Content-Encoding: gzip, which the browser already inflated), else inflated. */
  function inflate(r) {
    return r.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
    });
  }

  /** A document shard ([[page, context, [[fragment, title or 0, context suffix, text]]]]) as
      [url, title, context, text] per document; a title 0 is the one before it. */
  function readDocs(shard) {
    var out = [];
    shard.forEach(function (group) {
      var title = "";
      group[2].forEach(function (d) {
        if (d[1] !== 0) title = d[1];
        out.push([group[0] + (d[0] ? "#" + d[0] : ""), title, group[1] + d[2], d[3]]);
      });
    });
    return out;
  }

  /** The document shard holding document `doc`: [shard, its first document]. `starts` are
      the first documents of the shards, from index.json's docShards. */
  function docShardOf(starts, doc) {
    var lo = 0, hi = starts.length - 1, mid;
    while (lo < hi) {
      mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= doc) lo = mid; else hi = mid - 1;
    }
    return [lo, starts[lo]];
  }

  /** The index in `folder` (`search/`, a language's `fr/search/`) under `base` (the site root),
      read with `fetchImpl`; every file is read once. */
  function Engine(base, fetchImpl, folder) {
    this.base = base;
    this.folder = folder || "search/";
    this.fetch = fetchImpl;
    this.files = {};
    this.parsed = Object.create(null);
    this.docs = {};
  }
  /** search/<name>.json.gz, parsed (every file of the index is gzip of JSON). */
  Engine.prototype.get = function (name) {
    var files = this.files, url = this.base + this.folder + name + ".json.gz";
    return files[name] || (files[name] = this.fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return inflate(r).then(JSON.parse);
    }).catch(function (e) {
      delete files[name];
      throw e;
    }));
  };
  Engine.prototype.index = function () { return this.get("index"); };

  /** Searches `q`; with `filters` (even {}), also reads facets.json for the counts. */
  Engine.prototype.search = function (q, filters) {
    var self = this;
    return this.index().then(function (idx) {
      var an = analysisOf(idx), query = parseQuery(q, an, idx.latest), need = new Set(), shards = {};
      var at = function (t) { return shardOf(idx.shards, t); };
      // A prefix's shards: at most two.
      var span = function (w) { return at(w + "\uffff") > at(w) ? [at(w), at(w) + 1] : [at(w)]; };
      query.words.forEach(function (w) {
        need.add(at(w.term));
        if (w.prefix) span(w.word).concat(w.also ? span(w.also) : []).forEach(need.add, need);
      });
      query.phrases.forEach(function (ph) { ph.forEach(function (t) { need.add(at(t.term)); }); });
      (query.article ? query.article.cites : []).forEach(function (t) { need.add(at(t)); });
      // Positions only where words must stand side by side: the terms of a phrase, always;
      // the words of a query of several words (for the bonus of adjacent words) only when
      // each is rare enough that its positions are small to fetch (nearLimit).
      var places = {};
      var positionsOf = function (set) {
        return Promise.all(Array.from(idx.shards.length ? set : []).map(function (i) {
          return places[i] || self.get("positions/" + i).then(function (s) { places[i] = s; });
        }));
      };
      var phraseShards = new Set();
      query.phrases.forEach(function (ph) { ph.forEach(function (t) { phraseShards.add(at(t.term)); }); });
      var loads = Array.from(idx.shards.length ? need : []).map(function (i) {
        return self.get("terms/" + i).then(function (s) { shards[i] = s; });
      });
      loads.push(positionsOf(phraseShards));
      loads.push(filters ? self.facets() : null);
      return Promise.all(loads).then(function (done) {
        var near = new Set(), facets = done.pop();
        if (query.words.length > 1 && query.words.every(function (w) {
          var s = shards[at(w.term)];
          return !s || !has(s, w.term) || s[w.term].length <= self.nearLimit;
        })) query.words.forEach(function (w) { near.add(at(w.term)); });
        return positionsOf(near).then(function () { return facets; });
      }).then(function (facets) {
        var get = function (t) {
          var s = shards[at(t)], p = places[at(t)], key = p && has(p, t) ? t + "\u0000" : t;
          return s && has(s, t) ? self.parsed[key] || (self.parsed[key] = postings(s[t], p && has(p, t) ? p[t] : null)) : null;
        };
        // A prefix's terms, the most frequent (longest postings) first, at most 30.
        var expand = function (w) {
          var found = [];
          span(w).forEach(function (i) {
            for (var t in shards[i]) if (t.lastIndexOf(w, 0) === 0) found.push([t, shards[i][t].length]);
          });
          return found.sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : 1); }).slice(0, 30).map(function (x) { return x[0]; });
        };
        var res = rank(idx, query, get, expand, facets, filters);
        res.analysis = an;
        return res;
      });
    });
  };

  /**
   * Above this many characters of postings (about 4,000 documents), a word is too common for
   * the adjacency bonus to be worth fetching its positions.
   */
  Engine.prototype.nearLimit = 8192;

  Engine.prototype.facets = function () {
    var self = this;
    return this.facetData || (this.facetData = this.get("facets").then(parseFacets, function (e) { self.facetData = null; throw e; }));
  };

  /** The [url, title, context, text] of each result that is a document (null for the others). */
  Engine.prototype.documents = function (results) {
    var self = this;
    return this.index().then(function (idx) {
      if (!self.starts) {
        self.starts = [0];
        v32(idx.docShards || "").forEach(function (n) { self.starts.push(self.starts[self.starts.length - 1] + n); });
      }
      return Promise.all(results.map(function (r) {
        if (r.pinned) return null;
        var at = docShardOf(self.starts, r.doc), n = at[0];
        return (self.docs[n] || (self.docs[n] = self.get("docs/" + n).then(readDocs)))
          .then(function (docs) { return docs[r.doc - at[1]]; }, function (e) { delete self.docs[n]; throw e; });
      }));
    });
  };

  /** The search page's status line for `n` results of `query` (`partial`: none holds every word). */
  function statusLine(query, n, partial) {
    var q = say("quoted", "\u201c{query}\u201d", { query: query.trim() });
    if (!query.trim()) return say("type_query", "Type words, a phrase in quotes or an article.");
    if (!n) return say("no_results", "No results for {query}.", { query: q });
    if (partial) {
      return say("partial", "No passage holds every word of {query}; {n} " + (n === 1 ? "result holds" : "results hold") + " some of them.", { query: q, n: n }, n);
    }
    return say("results", "{n} " + (n === 1 ? "result" : "results") + " for {query}.", { query: q, n: n }, n);
  }

  var api = root.TravauxSearch = {
    useStrings: useStrings, say: say, statusLine: statusLine, kindLabel: kindLabel,
    STOPWORDS: STOP, Analysis: Analysis, fold: fold, scan: scan, stem: stem, stemArabic: stemArabic, tokens: tokens, terms: terms, v32: v32, postings: postings,
    shardOf: shardOf, docShardOf: docShardOf, readDocs: readDocs, inflate: inflate, parseFacets: parseFacets, parseQuery: parseQuery, termScore: termScore, rank: rank, highlight: highlight,
    resultView: resultView, build: build, parseState: parseState, serializeState: serializeState, Engine: Engine,
  };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
    return;
  }
  if (typeof document === "undefined") return;
  readPageStrings(document);

  // The site root: data-root, else the part of this script's address before assets/.
  var script = document.currentScript || document.querySelector('script[src$="assets/search.js"]');
  var base = script && script.hasAttribute("data-root") ? new URL(script.getAttribute("data-root") || "./", document.baseURI).href
    : script ? script.src.replace(/assets\/search\.js([?#].*)?$/, "") : new URL("../", document.baseURI).href;
  // The language's index: the folder of the search page the forms submit to (`fr/search/`).
  var action = document.querySelector("#search-page-form, form[data-search-box]");
  var folder = action && action.action.replace(/[?#].*$/, "").replace(/index\.html$/, "");
  folder = folder && folder.lastIndexOf(base, 0) === 0 && /search\/$/.test(folder) ? folder.slice(base.length) : "search/";
  var engine = new Engine(base, function (u) { return fetch(u); }, folder);
  var href = function (url) { return base + url; };
  var $ = function (id) { return document.getElementById(id); };
  var add = function (el, tree) { return el.appendChild(build(document, tree)); };
  var clear = function (el) { while (el.firstChild) el.removeChild(el.firstChild); };
  function debounce(fn, ms) {
    var t, f = function () { clearTimeout(t); t = setTimeout(fn, ms); };
    f.cancel = function () { clearTimeout(t); };
    return f;
  }
  function attrs(el, values) { for (var k in values) el.setAttribute(k, values[k]); }

  // The box of every page: quick results in a listbox as you type (the combobox pattern).
  function box(form) {
    var input = form.elements.q, id = input.id + "-list", active = -1, options = [], seq = 0;
    var list = add(form, ["ul", { id: id, class: "site-search-list", role: "listbox", "aria-label": say("quick_results", "Quick results"), hidden: "" }]);
    attrs(input, { role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": id });
    function show(open) {
      list.hidden = !open;
      input.setAttribute("aria-expanded", open);
      if (!open) select(-1);
    }
    function select(i) {
      options.forEach(function (o, j) { o.setAttribute("aria-selected", j === i); });
      if ((active = i) < 0) return input.removeAttribute("aria-activedescendant");
      input.setAttribute("aria-activedescendant", options[i].id);
      options[i].scrollIntoView({ block: "nearest" });
    }
    function run() {
      var q = input.value.trim(), mine = ++seq;
      if (!q) {
        show(false);
        clear(list);
        return Promise.resolve((options = []));
      }
      return engine.search(q).then(function (res) {
        var top = res.results.slice(0, QUICK);
        return engine.documents(top).then(function (docs) {
          var items = top.map(function (r, i) { return docs[i] || [r.url, r.title, r.context]; });
          if (mine !== seq) return items;
          clear(list);
          options = items.concat([[null, items.length ? say("all_results", "All results for {query}", { query: say("quoted", "\u201c{query}\u201d", { query: q }) })
            : say("no_quick_result", "No quick result: search the whole record")]]).map(function (d, i) {
            var a = ["a", { href: d[0] ? href(d[0]) : form.action.replace(/[?#].*$/, "") + "?q=" + encodeURIComponent(q), tabindex: "-1" },
              ["span", { class: "search-title" }].concat(highlight(d[1], res.terms, res.analysis))];
            if (d[2]) a.push(["span", { class: "search-context" }, d[2]]);
            return add(list, ["li", { id: id + "-" + i, role: "option", "aria-selected": "false", class: d[0] ? "" : "search-all" }, a]);
          });
          show(true);
          return items;
        });
      }).catch(function () { return show(false) || []; });
    }
    var later = debounce(run, 150);
    input.addEventListener("input", later);
    input.addEventListener("focus", function () { if (input.value.trim() && options.length) show(true); });
    input.addEventListener("keydown", function (e) {
      var n = options.length, down = e.key === "ArrowDown";
      if ((down || e.key === "ArrowUp") && n) {
        e.preventDefault();
        show(true);
        select(down ? (active + 1) % n : (active - 1 + n) % n);
      } else if (e.key === "Escape" && !list.hidden) {
        e.preventDefault();
        show(false);
      } else if (e.key === "Enter" && input.value.trim()) {
        // The chosen result, else the first: "art 24" + Enter opens Article 24.
        e.preventDefault();
        if (active >= 0) return location.assign(options[active].firstChild.href);
        later.cancel();
        run().then(function (items) { return items.length ? location.assign(href(items[0][0])) : form.submit(); });
      }
    });
    list.addEventListener("mousedown", function (e) { e.preventDefault(); });
    form.addEventListener("focusout", function (e) { if (!form.contains(e.relatedTarget)) show(false); });
  }

  // The search page: the results of ?q= with facets, kept in the address.
  function page(form) {
    var input = form.elements.q, facetsEl = $("search-facets"), status = $("search-status"), listEl = $("search-results-list");
    var more = $("search-more"), st = parseState(location.search), seq = 0, shown = 0, current = null, boxes = null, idx = null;
    var state = document.body.dataset;
    input.value = st.q;

    function facetsUI(lists) {
      boxes = FACETS.map(function (name, f) {
        var fs = add(facetsEl, ["fieldset", { class: "search-facet" }, ["legend", {}, say("facet_" + name, ["Kind", "Stakeholder", "Draft", "Session"][f])]]);
        return map(lists[LISTS[f]] || [], function (v, i) {
          var label = add(fs, ["label", { hidden: "" }, ["input", { type: "checkbox", name: name, value: v[0], id: "facet-" + name + "-" + i }], " " + (name === "kind" ? kindLabel(v) : v[1]) + " ", ["span", { class: "count" }]]);
          var cb = label.firstChild;
          cb.checked = st[name].indexOf(v[0]) >= 0;
          cb.addEventListener("change", function () {
            st[name] = st[name].filter(function (x) { return x !== v[0]; }).concat(cb.checked ? [v[0]] : []);
            go();
          });
          return label;
        });
      });
      var dates = add(facetsEl, ["fieldset", { class: "search-facet search-dates" }, ["legend", {}, say("facet_date", "Date")]]);
      ["from", "to"].forEach(function (name) {
        var el = add(dates, ["label", {}, (name === "from" ? say("from", "From") : say("to", "To")) + " ", ["input", { type: "date", name: name, id: "facet-" + name }]]).lastChild;
        el.value = st[name];
        el.addEventListener("change", function () { st[name] = el.value; go(); });
      });
      facetsEl.open = !root.matchMedia || root.matchMedia("(min-width: 52rem)").matches;
    }

    function render(res) {
      var n = res.results.length;
      boxes.forEach(function (labels, f) {
        labels.forEach(function (label, i) {
          var count = res.counts ? res.counts[f][i] : 0;
          label.lastChild.textContent = "(" + count + ")";
          label.hidden = !count && !label.firstChild.checked;
        });
        if (labels[0]) labels[0].parentNode.hidden = labels.every(function (l) { return l.hidden; });
      });
      status.textContent = statusLine(st.q, n, res.partial);
      clear(listEl);
      shown = 0;
      return next();
    }

    // The next 10 results, with their document shards.
    function next() {
      var res = current, slice = res.results.slice(shown, shown + PAGE), mine = seq;
      return engine.documents(slice).then(function (docs) {
        if (mine !== seq) return null;
        var items = slice.map(function (r, i) { return add(listEl, resultView(r, docs[i], idx, res.terms, href)); });
        shown += slice.length;
        more.hidden = shown >= res.results.length;
        return items[0];
      });
    }

    function go() {
      var mine = ++seq;
      history.replaceState(null, "", location.pathname + serializeState(st) + location.hash);
      state.searchState = "loading";
      return engine.index().then(function (i) {
        idx = i;
        return boxes ? null : engine.facets().then(facetsUI);
      }).then(function () {
        return st.q.trim() ? engine.search(st.q, st) : { results: [], terms: [] };
      }).then(function (res) {
        if (mine !== seq) return;
        current = res;
        return render(res).then(function () { if (mine === seq) state.searchState = "done"; });
      }).catch(function (e) {
        if (mine !== seq) return;
        status.textContent = say("index_error", "The search index could not be read ({error}). Search needs the site served over http(s).", { error: e.message });
        state.searchState = "error";
      });
    }

    input.addEventListener("input", debounce(function () { st.q = input.value; go(); }, 250));
    form.addEventListener("submit", function (e) { e.preventDefault(); st.q = input.value; go(); });
    more.addEventListener("click", function () { next().then(function (li) { if (li) li.querySelector("a").focus(); }); });
    $("search-page").hidden = false;
    go();
  }

  function start() {
    var main = $("search-page-form"), boxes = document.querySelectorAll("form[data-search-box]");
    Array.prototype.forEach.call(boxes, box);
    if (main) page(main);
    // "/" focuses the search box from anywhere but a field one types in.
    document.addEventListener("keydown", function (e) {
      var t = e.target, field = main || boxes[0];
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || !field || t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName)
        || (t.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(t.type))) return;
      e.preventDefault();
      field.elements.q.focus();
      field.elements.q.select();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
