// node --test: the labels and citations cite.js offers for each anchor of the grammar.
const test = require("node:test");
const assert = require("node:assert");
const cite = require("../../themes/default/assets/cite.js");

test("labels every anchor of the grammar as the build does (the shared table)", () => {
  const table = require("../AddressingTests/Fixtures/anchor-labels.json");
  assert.ok(table.cases.length >= 10);
  for (const { anchor, label } of table.cases) {
    assert.strictEqual(cite.anchorLabel(anchor), label, anchor);
  }
  assert.strictEqual(cite.anchorLabel("introduction", "Introduction"), "\u00a7 Introduction");
});

test("builds the ready citation of a draft provision", () => {
  assert.strictEqual(
    cite.citation("Zero draft (A/AC.291/22)", "art_24__para_2__point_b", "https://example.org/drafts/zero-draft/#art_24__para_2__point_b"),
    "Zero draft (A/AC.291/22), art. 24(2)(b), https://example.org/drafts/zero-draft/#art_24__para_2__point_b",
  );
});

test("writes a relative link's permanent address for print, without index.html", () => {
  const base = "https://example.org/record/positions/icc/";
  assert.strictEqual(
    cite.printAddress("../../drafts/zero-draft/index.html#art_24__para_2", base),
    "https://example.org/record/drafts/zero-draft/#art_24__para_2",
  );
  assert.strictEqual(cite.printAddress("../../index.html", base), "https://example.org/record/");
  assert.strictEqual(cite.printAddress("../../matrix.csv", base), "https://example.org/record/matrix.csv");
});
