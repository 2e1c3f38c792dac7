#!/usr/bin/env python3
"""Checks a corpus written by generate.py against docs/design.md (*Content*) and docs/content-format.md, independently of it.

    python3 Benchmarks/validate.py DIR [--hugo DIR2] [--raw DIR3]

- every front matter parses as YAML (PyYAML) and holds only the fields docs/content-format.md allows,
  with the required ones present and the enumerated ones from their lists;
- ids are lowercase ASCII letters, digits and '-', and a file name is its id;
- the stakeholder, draft and session a position names exist, and its draft is dated on or
  before it;
- every reference to a draft in a position's prose (Article 24, Art. 24, Articles 29 and 30,
  Articles 3, 23 and 53, Articles 6 to 16, Art. 6-21, Article 24(2), Article 47 (1) (a),
  Article 35 paragraph 2, Article 22, paragraph 2 (b), Chapter IV, Preambular paragraph 9)
  names an article, paragraph, point, chapter or recital that the cited draft has, as
  read back from the draft's Markdown; "Article N of <external instrument>" is skipped;
- every footnote reference has its definition;
- with --hugo: front matter is exactly title and a full date; with --raw: one file per page.

Prints a summary and exits 1 on the first kind of problem found (listing up to 20 each).
Needs PyYAML (python3-yaml); exits 0 with a notice when it is missing.
"""

import argparse
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    print("validate.py: PyYAML is not installed (apt-get install python3-yaml); skipping validation")
    sys.exit(0)

ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
STAKEHOLDER_KINDS = {"member-state", "group-of-states", "intergovernmental", "un-entity", "civil-society",
                     "private-sector", "academia", "other"}
POSITION_KINDS = {"statement", "submission", "guidance-note", "briefing", "report", "other"}
STANCES = {"support", "oppose", "amend", "delete", "add", "concern", "neutral"}
FIELDS = {
    "stakeholders": ({"name"}, {"name", "short", "kind", "url"}),
    "drafts": ({"title", "date"}, {"title", "date", "symbol", "session", "status", "source"}),
    "positions": ({"title", "stakeholder", "date"},
                  {"title", "stakeholder", "date", "kind", "draft", "session", "symbol", "source", "stances"}),
}
EXTERNAL = ("the Budapest Convention", "Budapest Convention", "the UNTOC", "UNTOC", "the UNCAC", "UNCAC")

problems = {}


def problem(kind, text):
    problems.setdefault(kind, []).append(text)


def split_front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        problem("front matter", f"{path}: does not start with ---")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        problem("front matter", f"{path}: no closing ---")
        return None, text
    try:
        data = yaml.safe_load(text[4:end])
    except yaml.YAMLError as e:
        problem("yaml", f"{path}: {e}")
        return None, text[end + 5:]
    if not isinstance(data, dict):
        problem("yaml", f"{path}: front matter is not a mapping")
        return None, text[end + 5:]
    return data, text[end + 5:]


def date_key(text):
    parts = [int(p) for p in text.split("-")]
    return tuple(parts + [0] * (3 - len(parts)))


def read_draft(body):
    """Articles {label: {para: {letter: [subs]}}}, chapters, recitals, read from the Markdown."""
    articles = {}
    chapters = set()
    recitals = 0
    section = None
    current = None
    para = None
    letter = None
    in_paragraph = False
    for line in body.split("\n"):
        m = re.match(r"^# (.*)$", line)
        if m:
            section = "preamble" if m.group(1) == "Preamble" else "body"
            cm = re.match(r"Chapter ([IVXLC]+)\.", m.group(1))
            if cm:
                chapters.add(cm.group(1))
            current = None
            in_paragraph = False
            continue
        m = re.match(r"^## Article (\d+(?: [a-z]+)?)\. ", line)
        if m:
            current = articles.setdefault(m.group(1), {})
            para = None
            continue
        if section == "preamble":
            if line.strip() and not in_paragraph:
                recitals += 1
            in_paragraph = bool(line.strip())
            continue
        if current is None:
            continue
        m = re.match(r"^(\d+)\. ", line)
        if m:
            para = current.setdefault(int(m.group(1)), {})
            letter = None
            continue
        m = re.match(r"^   \(([a-z])\) ", line)
        if m and para is not None:
            letter = m.group(1)
            para.setdefault(letter, [])
            continue
        m = re.match(r"^      \(([ivx]+)\) ", line)
        if m and para is not None and letter:
            para[letter].append(m.group(1))
    return {"articles": articles, "chapters": chapters, "recitals": recitals}


ARTICLE_REF = re.compile(
    r"\bArt(?:icle|\.) (\d+(?: (?:bis|ter|quater|quinquies|sexies))?)"
    r"(?:"
    r"(?:,? paragraph (\d+)(?: \(([a-z])\))?)"
    r"|(?: ?\((\d+)\)(?: ?\(([a-z])\)(?: ?\(([ivx]+)\))?)?)"
    r")?"
    r"(?! of (?:" + "|".join(re.escape(e) for e in EXTERNAL) + r"))"
)
LIST_REF = re.compile(r"\bArticles ((?:\d+, )*\d+) and (\d+)")
RANGE_REF = re.compile(r"\b(?:Articles (\d+) to (\d+)|Art\. (\d+)-(\d+))")
CHAPTER_REF = re.compile(r"\bChapter ([IVXLC]+)\b")
RECITAL_REF = re.compile(r"\bPreambular paragraph (\d+)")


def check_refs(path, body, draft):
    arts = draft["articles"]
    count = 0
    for m in ARTICLE_REF.finditer(body):
        label = m.group(1)
        # "Article 35 of the UNTOC": the lookahead may still match a shorter label; skip those
        tail = body[m.end():m.end() + 40]
        if any(tail.startswith(f" of {e}") for e in EXTERNAL):
            continue
        rest = body[m.start(1) + len(label):m.start(1) + len(label) + 30]
        if any(rest.startswith(f" of {e}") for e in EXTERNAL):
            continue
        count += 1
        if label not in arts:
            problem("references", f"{path}: {m.group(0)!r}: no article {label} in the draft")
            continue
        p = m.group(2) or m.group(4)
        x = m.group(3) or m.group(5)
        sub = m.group(6)
        if p:
            if int(p) not in arts[label]:
                problem("references", f"{path}: {m.group(0)!r}: no paragraph {p}")
                continue
            if x and x not in arts[label][int(p)]:
                problem("references", f"{path}: {m.group(0)!r}: no point ({x})")
                continue
            if sub and sub not in arts[label][int(p)][x]:
                problem("references", f"{path}: {m.group(0)!r}: no point ({x})({sub})")
    for m in LIST_REF.finditer(body):
        for n in m.group(1).split(", ") + [m.group(2)]:
            count += 1
            if n not in arts:
                problem("references", f"{path}: {m.group(0)!r}: no article {n}")
    for m in RANGE_REF.finditer(body):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        count += 2
        if a not in arts or b not in arts or int(a) >= int(b):
            problem("references", f"{path}: {m.group(0)!r}: bad range")
    for m in CHAPTER_REF.finditer(body):
        count += 1
        if m.group(1) not in draft["chapters"]:
            problem("references", f"{path}: {m.group(0)!r}: no such chapter")
    for m in RECITAL_REF.finditer(body):
        count += 1
        if not 1 <= int(m.group(1)) <= draft["recitals"]:
            problem("references", f"{path}: {m.group(0)!r}: no such recital")
    return count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--hugo")
    ap.add_argument("--raw")
    args = ap.parse_args()
    content = os.path.join(args.dir, "content")

    with open(os.path.join(content, "site.yml"), encoding="utf-8") as f:
        site = yaml.safe_load(f)
    for key in ("title", "base_url", "language", "description", "instrument", "external_instruments"):
        if key not in site:
            problem("site.yml", f"missing {key}")
    if set(site) - {"title", "base_url", "language", "description", "instrument", "external_instruments", "theme", "raw_html"}:
        problem("site.yml", f"unknown fields {sorted(set(site))}")
    with open(os.path.join(content, "sessions.yml"), encoding="utf-8") as f:
        sessions = yaml.safe_load(f)
    session_ids = set()
    for s in sessions:
        if not ID.match(s.get("id", "")) or s["id"] in session_ids:
            problem("sessions.yml", f"bad or duplicate id {s.get('id')!r}")
        session_ids.add(s["id"])
        if set(s) - {"id", "title", "kind", "start", "end", "place", "description"} or "title" not in s:
            problem("sessions.yml", f"{s['id']}: fields {sorted(s)}")
        if not (isinstance(s.get("start"), str) and DATE.match(s["start"]) and DATE.match(s.get("end", s["start"]))):
            problem("sessions.yml", f"{s['id']}: dates must be quoted YYYY[-MM[-DD]] strings")
        elif date_key(s["end"]) < date_key(s["start"]):
            problem("sessions.yml", f"{s['id']}: ends before it starts")

    docs = {}
    for section in ("stakeholders", "drafts", "positions"):
        docs[section] = {}
        folder = os.path.join(content, section)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            ident = name[:-3]
            if not name.endswith(".md") or not ID.match(ident):
                problem("ids", f"{path}: file name is not <id>.md")
            fm, body = split_front_matter(path)
            if fm is None:
                continue
            required, allowed = FIELDS[section]
            if required - set(fm):
                problem("fields", f"{path}: missing {sorted(required - set(fm))}")
            if set(fm) - allowed:
                problem("fields", f"{path}: unknown {sorted(set(fm) - allowed)}")
            for key in ("date",):
                if key in fm and not (isinstance(fm[key], str) and DATE.match(fm[key])):
                    problem("dates", f"{path}: date {fm[key]!r} is not a quoted YYYY[-MM[-DD]]")
            docs[section][ident] = (fm, body, path)

    for ident, (fm, body, path) in docs["stakeholders"].items():
        if fm.get("kind") not in STAKEHOLDER_KINDS:
            problem("fields", f"{path}: kind {fm.get('kind')!r}")
        if not body.strip():
            problem("bodies", f"{path}: empty body")
    drafts = {}
    for ident, (fm, body, path) in docs["drafts"].items():
        if fm.get("session") not in session_ids:
            problem("links", f"{path}: unknown session {fm.get('session')!r}")
        drafts[ident] = read_draft(body)
        if len(drafts[ident]["articles"]) < 10:
            problem("drafts", f"{path}: only {len(drafts[ident]['articles'])} articles")
    references = 0
    footnotes = 0
    words = 0
    for ident, (fm, body, path) in docs["positions"].items():
        words += len(body.split())
        if fm.get("stakeholder") not in docs["stakeholders"]:
            problem("links", f"{path}: unknown stakeholder {fm.get('stakeholder')!r}")
        if fm.get("session") not in session_ids:
            problem("links", f"{path}: unknown session {fm.get('session')!r}")
        if fm.get("kind") not in POSITION_KINDS:
            problem("fields", f"{path}: kind {fm.get('kind')!r}")
        draft_id = fm.get("draft")
        if draft_id not in docs["drafts"]:
            problem("links", f"{path}: unknown draft {draft_id!r}")
            continue
        ddate = docs["drafts"][draft_id][0]["date"]
        pdate = fm["date"]
        # a month-only date must be after the draft's month, a full date on or after the draft's date
        if not (date_key(pdate) >= date_key(ddate) and (len(pdate) == 10 or pdate > ddate[:7])):
            problem("dates", f"{path}: dated {pdate}, before its draft {draft_id} ({ddate})")
        for stance in fm.get("stances") or []:
            if str(stance.get("article")) not in drafts[draft_id]["articles"] or stance.get("stance") not in STANCES \
                    or set(stance) - {"article", "stance", "note"}:
                problem("stances", f"{path}: {stance}")
        references += check_refs(path, body, drafts[draft_id])
        marks = set(re.findall(r"\[\^(\d+)\](?!:)", body))
        defs = set(re.findall(r"^\[\^(\d+)\]:", body, re.M))
        footnotes += len(defs)
        if marks != defs:
            problem("footnotes", f"{path}: marks {sorted(marks)} vs definitions {sorted(defs)}")

    hugo_pages = raw_pages = None
    if args.hugo:
        hugo_pages = 0
        for root, _, files in os.walk(os.path.join(args.hugo, "content")):
            for name in files:
                path = os.path.join(root, name)
                fm, _ = split_front_matter(path)
                hugo_pages += 1
                if fm is None:
                    continue
                if set(fm) != {"title", "date"}:
                    problem("hugo", f"{path}: fields {sorted(fm)}")
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(fm.get("date"))):
                    problem("hugo", f"{path}: date {fm.get('date')!r}")
        for name in ("config.toml", "layouts/_default/single.html", "layouts/_default/list.html",
                     "layouts/_default/baseof.html", "layouts/index.html"):
            if not os.path.isfile(os.path.join(args.hugo, name)):
                problem("hugo", f"missing {name}")
    if args.raw:
        raw_pages = len([n for n in os.listdir(args.raw) if n.endswith(".md")])
        expected = sum(len(v) for v in docs.values()) + len(session_ids)
        if raw_pages != expected:
            problem("raw", f"{raw_pages} files, expected {expected}")
        if hugo_pages is not None and hugo_pages != expected:
            problem("hugo", f"{hugo_pages} pages, expected {expected}")

    n_pos = len(docs["positions"])
    print(f"validate.py: {len(session_ids)} sessions, {len(docs['stakeholders'])} stakeholders, "
          f"{len(docs['drafts'])} drafts ({', '.join(k + ': ' + str(len(v['articles'])) + ' articles' for k, v in sorted(drafts.items()))}), "
          f"{n_pos} positions ({words // max(1, n_pos)} words on average), {references} references checked, "
          f"{footnotes} footnotes" + (f", {hugo_pages} Hugo pages" if hugo_pages is not None else "")
          + (f", {raw_pages} raw files" if raw_pages is not None else ""))
    if problems:
        for kind, items in problems.items():
            print(f"  {kind}: {len(items)} problem(s)")
            for item in items[:20]:
                print(f"    {item}")
        sys.exit(1)
    print("validate.py: OK")


if __name__ == "__main__":
    main()
