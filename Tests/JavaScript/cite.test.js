// node --test: the labels and citations cite.js offers for each anchor of the grammar.
const test = require("node:test");
const assert = require("node:assert");
const cite = require("../../themes/default/assets/cite.js");

test("labels every anchor of the grammar as a lawyer writes it", () => {
  const cases = {
    art_24: "art. 24",
    art_4bis: "art. 4 bis",
    art_24__para_2: "art. 24(2)",
    art_24__para_2__point_b: "art. 24(2)(b)",
    art_24__para_2__point_b__point_ii: "art. 24(2)(b)(ii)",
    art_5__point_a: "art. 5(a)",
    chp_IV: "ch. IV",
    preamble__rec_9: "preamble, para. 9",
    annex_I: "annex I",
    p_14: "\u00b614",
  };
  for (const [id, label] of Object.entries(cases)) {
    assert.strictEqual(cite.anchorLabel(id), label, id);
  }
  assert.strictEqual(cite.anchorLabel("introduction", "Introduction"), "\u00a7 Introduction");
});

test("builds the ready citation of a draft provision", () => {
  assert.strictEqual(
    cite.citation("Zero draft (A/AC.291/22)", "art_24__para_2__point_b", "https://example.org/drafts/zero-draft/#art_24__para_2__point_b"),
    "Zero draft (A/AC.291/22), art. 24(2)(b), https://example.org/drafts/zero-draft/#art_24__para_2__point_b",
  );
});
