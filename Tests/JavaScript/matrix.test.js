// node --test: the matrix filters (themes/default/assets/matrix.js), on plain data.
const test = require("node:test");
const assert = require("node:assert");
const matrix = require("../../themes/default/assets/matrix.js");

test("reads and writes the filters of a linked view", () => {
  assert.deepStrictEqual(matrix.parseFilters("?kind=civil-society&draft=zero-draft&chapter=zero-draft%3Achp_IV&x=1"),
    { kind: "civil-society", draft: "zero-draft", chapter: "zero-draft:chp_IV" });
  assert.deepStrictEqual(matrix.parseFilters(""), { kind: "", draft: "", chapter: "" });
  assert.strictEqual(matrix.serializeFilters({ kind: "", draft: "zero-draft", chapter: "zero-draft:chp_IV" }),
    "?draft=zero-draft&chapter=zero-draft%3Achp_IV");
  assert.strictEqual(matrix.serializeFilters({ kind: "", draft: "", chapter: "" }), "");
  const filters = { kind: "member-state", draft: "updated-cnd", chapter: "updated-cnd:chp_V" };
  assert.deepStrictEqual(matrix.parseFilters(matrix.serializeFilters(filters)), filters);
});

test("keeps the provisions of the chosen draft and chapter", () => {
  const rows = [
    { key: "conditions-and-safeguards", drafts: "updated-cnd zero-draft", chapters: "updated-cnd:chp_IV zero-draft:chp_IV" },
    { key: "statement-of-purpose", drafts: "updated-cnd", chapters: "updated-cnd:chp_I" },
    { key: "article-3", drafts: "updated-cnd zero-draft", chapters: "updated-cnd:chp_I" },
  ];
  const shown = (filters) => rows.filter((row) => matrix.rowVisible(row, filters)).map((row) => row.key);
  assert.deepStrictEqual(shown({ kind: "", draft: "", chapter: "" }), ["conditions-and-safeguards", "statement-of-purpose", "article-3"]);
  assert.deepStrictEqual(shown({ kind: "", draft: "zero-draft", chapter: "" }), ["conditions-and-safeguards", "article-3"]);
  assert.deepStrictEqual(shown({ kind: "", draft: "", chapter: "updated-cnd:chp_I" }), ["statement-of-purpose", "article-3"]);
  // "zero-draft" must not match inside another id.
  assert.deepStrictEqual(shown({ kind: "", draft: "draft", chapter: "" }), []);
});

test("keeps the stakeholders of the chosen kind", () => {
  const columns = [{ id: "icc", kind: "private-sector" }, { id: "gi-toc", kind: "civil-society" }, { id: "brazil", kind: "member-state" }];
  const shown = (kind) => columns.filter((c) => matrix.columnVisible(c, { kind, draft: "", chapter: "" })).map((c) => c.id);
  assert.deepStrictEqual(shown(""), ["icc", "gi-toc", "brazil"]);
  assert.deepStrictEqual(shown("civil-society"), ["gi-toc"]);
  assert.strictEqual(matrix.summary(2, 5, 1, 4), "2 of 5 provisions \u00d7 1 of 4 stakeholders shown");
});
