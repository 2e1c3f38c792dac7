#!/usr/bin/env python3
"""Writes a site whose record holds one very large position, to measure how the build's time
and memory grow with the size of one document (Benchmarks/huge.sh).

The site is the repository's own content/ with one position added,
content/positions/huge.md, of about SIZE megabytes, in one of these shapes:

  paragraph  one paragraph of wrapped lines without a sentence end, citing the draft
             throughout (the shape that was quadratic: every reference re-read its sentence)
  list       one bullet list whose items are short cited sentences (a passage each)
  prose      a real position's body repeated (headings, paragraphs, lists, tables)

It also writes the body alone to BODY.md, for cmark-gfm.
"""
import argparse
import os
import random
import shutil

parser = argparse.ArgumentParser()
parser.add_argument("--repo", required=True, help="the repository (its content/ is copied)")
parser.add_argument("--out", required=True, help="the site folder to write")
parser.add_argument("--shape", choices=["paragraph", "list", "prose"], required=True)
parser.add_argument("--megabytes", type=float, required=True)
args = parser.parse_args()

shutil.rmtree(args.out, ignore_errors=True)
shutil.copytree(os.path.join(args.repo, "content"), os.path.join(args.out, "content"))
positions = os.path.join(args.out, "content", "positions")
model = open(os.path.join(positions, "gi-toc-2023-11-key-positions.md"), encoding="utf-8").read()
end = model.index("\n---\n", 4) + 5
front = (
    "---\ntitle: A very large position\nstakeholder: gi-toc\ndate: \"2023-11\"\nkind: report\n"
    "draft: updated-cnd\n---\n"
)
target = int(args.megabytes * 1_000_000)
rng = random.Random(1)
words = ("the States Parties shall adopt such legislative measures as may be necessary to establish "
         "Article 24(2) and Article 17 and Articles 25 to 28 privacy safeguards").split()


def line(count):
    return " ".join(rng.choice(words) for _ in range(count))


parts, size = [], 0
if args.shape == "prose":
    body = model[end:]
    parts = [body] * (target // len(body) + 1)
else:
    while size < target:
        text = line(12)
        text = "- " + text + "." if args.shape == "list" else text
        parts.append(text + "\n")
        size += len(text) + 1
body = "".join(parts)
with open(os.path.join(positions, "huge.md"), "w", encoding="utf-8") as out:
    out.write(front + body)
with open(os.path.join(args.out, "BODY.md"), "w", encoding="utf-8") as out:
    out.write(body)
