"""Translations for the synthetic corpus (generate.py --languages), so that the cost of
languages is measured (Benchmarks/README.md, "Languages").

The words are not French or Chinese: each English word is turned, deterministically, into a
word of the target script with the features the pipeline must handle (accents to fold in
French and Spanish, Cyrillic, Arabic letters with some diacritics and tatweel, Chinese
characters without spaces), so that tokenizing, indexing and rendering cost what real text
would. What the pipeline reads for meaning is real: the headings (`Chapitre IV.`,
`## Статья 24.`, `## المادة 24`, `## 第二十四条`), the point labels (`a)`, `(أ)`, `(一)`) and the
references of each language (DESIGN §7 forms: `l'article 24, paragraphe 2`,
`artículo 24, párrafo 2, apartado b)`, `статья 24, пункт 2`, `المادة 24 (2)`, `第二十四条第二款`).

Standard library only, no randomness of its own: every choice is a hash of the word, so the
same corpus gives the same translations.
"""

import hashlib
import re

LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")

CYRILLIC = dict(zip("abcdefghijklmnopqrstuvwxyz",
                    ["а", "б", "ц", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н", "о", "п", "к", "р", "с", "т",
                     "у", "в", "в", "кс", "ы", "з"]))
ARABIC = dict(zip("abcdefghijklmnopqrstuvwxyz",
                  ["ا", "ب", "ك", "د", "ي", "ف", "غ", "ه", "ي", "ج", "ك", "ل", "م", "ن", "و", "ب", "ق", "ر", "س", "ت",
                   "و", "ف", "و", "كس", "ي", "ز"]))
ACCENTS = {"fr": {"e": "é", "a": "à", "i": "î", "o": "ô", "u": "ù", "c": "ç"},
           "es": {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
CHINESE_DIGITS = "〇一二三四五六七八九"
ARABIC_LABELS = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر"]


def _hash(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def chinese_number(n):
    """24 -> 二十四, 10 -> 十, 105 -> 一百零五 (up to 999)."""
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = CHINESE_DIGITS[n // 100] + "百"
    if rest == 0:
        return head
    return head + ("零" + CHINESE_DIGITS[rest] if rest < 10 else chinese_number(rest) if rest >= 20 else "一" + chinese_number(rest))


def word(lang, english):
    """One English word in the target script."""
    lower = english.lower()
    h = _hash(lang + ":" + lower)
    if lang in ACCENTS:
        out = []
        accented = False
        for ch in english:
            if not accented and ch in ACCENTS[lang] and h % 3 == 0 and len(english) > 3:
                out.append(ACCENTS[lang][ch])
                accented = True
            else:
                out.append(ch)
        return "".join(out)
    if lang == "ru":
        out = "".join(CYRILLIC.get(ch, ch) for ch in lower)
        return out[:1].upper() + out[1:] if english[:1].isupper() else out
    if lang == "ar":
        out = "".join(ARABIC.get(ch, ch) for ch in lower)
        if h % 5 == 0 and len(out) > 1:
            out = out[0] + "\u064E" + out[1:]  # a fatha, which search must ignore
        if h % 11 == 0 and len(out) > 2:
            out = out[:2] + "\u0640" + out[2:]  # a tatweel
        return out
    if lang == "zh":
        return "".join(chr(0x4E00 + (_hash(lower + str(i)) % 0x1000)) for i in range(2 if len(lower) > 3 else 1))
    return english


def _provision(lang, article, paragraph=None, point=None):
    """A reference to one provision, as the language writes it."""
    if lang == "fr":
        text = f"l'article {article}"
        if paragraph:
            text += f", paragraphe {paragraph}"
        if point:
            text += f", alinéa {point})"
        return text
    if lang == "es":
        text = f"el artículo {article}"
        if paragraph:
            text += f", párrafo {paragraph}"
        if point:
            text += f", apartado {point})"
        return text
    if lang == "ru":
        if paragraph:
            return f"пункт {paragraph} статьи {article}"
        return f"статья {article}"
    if lang == "ar":
        text = f"المادة {article}"
        if paragraph:
            text += f" ({paragraph})"
        if point:
            text += f" ({ARABIC_LABELS[ord(point) - ord('a')]})"
        return text
    if lang == "zh":
        text = f"第{chinese_number(int(article))}条" if article.isdigit() else f"第{article}条"
        if paragraph:
            text += f"第{chinese_number(int(paragraph))}款"
        return text
    return f"Article {article}"


def _range(lang, first, last):
    """Articles first to last, as the language writes a range."""
    return {
        "fr": f"les articles {first} à {last}", "es": f"los artículos {first} a {last}", "ru": f"статьи {first}-{last}",
        "ar": f"المواد من {first} إلى {last}", "zh": f"第{first}条至第{last}条",
    }.get(lang, f"Articles {first}-{last}")


def _chapter(lang, roman_number):
    """Chapter IV, as the language writes it."""
    if lang == "zh":
        return f"第{chinese_number(_roman_value(roman_number))}章"
    return {"fr": "le chapitre", "es": "el capítulo", "ru": "глава", "ar": "الفصل"}.get(lang, "Chapter") + " " + roman_number


def _other_instrument(lang, reference, instrument):
    """A reference to another instrument's provision: `l'article 25 de la UNTOC`, `《UNTOC》第25条`."""
    if lang == "zh":
        return f"《{instrument}》{reference}"
    return reference + {"fr": " de la ", "es": " de la ", "ru": " ", "ar": " من "}.get(lang, " of the ") + instrument


INSTRUMENTS = r"(UNTOC|UNCAC|the Budapest Convention|Budapest Convention)"
RANGE = re.compile(r"\*{0,2}Art(?:icles|\.) (\d+)(?:-| to )(\d+)\*{0,2}")
REFERENCE = re.compile(r"\*{0,2}Articles? (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?\*{0,2}(?: of " + INSTRUMENTS + ")?")
CHAPTER = re.compile(r"\*{0,2}Chapter ([IVX]+)\b\*{0,2}")
TOKEN = re.compile(r"[A-Za-z]+|\{REF\d+\}|[^A-Za-z{]+|\{")


def translate_text(lang, text):
    """Running text in the target script, its references rewritten as the language cites.
    Acronyms (UNTOC, GI-TOC) stay as they are, as they do in real translations."""
    if lang == "en":
        return text
    refs = []

    def keep(replacement):
        refs.append(replacement)
        return "{REF%d}" % (len(refs) - 1)

    def reference(match):
        text = _provision(lang, match.group(1), match.group(2), match.group(3))
        if match.group(4):
            text = _other_instrument(lang, text, match.group(4).replace("the ", ""))
        return keep(text)

    text = RANGE.sub(lambda match: keep(_range(lang, match.group(1), match.group(2))), text)
    text = REFERENCE.sub(reference, text)
    text = CHAPTER.sub(lambda match: keep(_chapter(lang, match.group(1))), text)
    out = []
    for token in TOKEN.findall(text):
        if token.startswith("{REF") and token.endswith("}"):
            out.append(refs[int(token[4:-1])])
        elif token[:1].isalpha():
            out.append(token if len(token) > 1 and token.isupper() else word(lang, token))
        else:
            out.append(token.replace(". ", "。").replace(", ", "，").replace(" ", "") if lang == "zh" else token)
    joined = "".join(out)
    if lang == "zh" and joined.endswith("."):
        joined = joined[:-1] + "。"
    return joined


def translate_markdown(lang, body):
    """A position's Markdown: running text translated line by line; headings' markers,
    list markers, footnote labels and code blocks kept."""
    out = []
    in_code = False
    for line in body.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            out.append(line)
            continue
        if in_code:
            out.append(line)
            continue
        match = re.match(r"^(\s*(?:#+ |[-*] |\d+\. |> |\[\^\d+\]: )?)(.*)$", line)
        out.append(match.group(1) + translate_text(lang, match.group(2)))
    return "\n".join(out)


HEADINGS = {
    "fr": {"preamble": "Préambule", "chapter": "Chapitre {n}.", "article": "Article {n}."},
    "es": {"preamble": "Preámbulo", "chapter": "Capítulo {n}.", "article": "Artículo {n}."},
    "ru": {"preamble": "Преамбула", "chapter": "Глава {n}.", "article": "Статья {n}."},
    "ar": {"preamble": "الديباجة", "chapter": "الفصل {n}", "article": "المادة {n}"},
    "zh": {"preamble": "序言", "chapter": "第{n}章", "article": "第{n}条"},
}


def _point_label(lang, index, roman_label):
    if roman_label:
        return f"({roman_label})" if lang in ("ar", "zh") else f"{roman_label})"
    if lang == "ar":
        return f"({ARABIC_LABELS[index]})"
    if lang == "zh":
        return f"({chinese_number(index + 1)})"
    return f"{chr(ord('a') + index)})"


def translate_draft(lang, body):
    """A draft's Markdown (generate.py's render_draft) in `lang`: the same chapters,
    articles, paragraphs, points and recitals, with the language's headings and labels."""
    names = HEADINGS[lang]
    out = []
    letter_indent = None  # the indent of the paragraph's letter points: deeper ones are roman
    for line in body.split("\n"):
        stripped = line.lstrip(" ")
        indent = line[:len(line) - len(stripped)]
        if line == "# Preamble":
            out.append("# " + names["preamble"])
        elif line.startswith("# Chapter "):
            match = re.match(r"# Chapter ([IVXLC]+)\. (.*)$", line)
            number = match.group(1)
            if lang == "zh":
                number = chinese_number(_roman_value(number))
            out.append("# " + names["chapter"].format(n=number) + " " + translate_text(lang, match.group(2)))
        elif line.startswith("## Article "):
            match = re.match(r"## Article (\S+(?: bis| ter)?)\. (.*)$", line)
            number = match.group(1)
            heading = names["article"].format(n=number)
            if lang == "zh" and number.isdigit():
                heading = names["article"].format(n=chinese_number(int(number)))
            elif lang == "zh":  # 19 bis: 第十九条之二, as Chinese texts number an inserted article
                base, suffix = number.split(" ")
                heading = names["article"].format(n=chinese_number(int(base))) + "之" + chinese_number(["bis", "ter", "quater"].index(suffix) + 2)
            elif lang == "fr" and number == "1":
                heading = names["article"].format(n="premier")
            out.append("## " + heading + " " + translate_text(lang, match.group(2)))
        elif re.match(r"^\((?:[a-z]+)\) ", stripped):
            label, rest = stripped.split(" ", 1)
            inner = label[1:-1]
            if letter_indent is not None and len(indent) > letter_indent:
                new = _point_label(lang, 0, inner)
            else:
                letter_indent = len(indent)
                new = _point_label(lang, ord(inner[0]) - ord("a"), None)
            out.append(indent + new + " " + translate_text(lang, rest))
        elif re.match(r"^\d+\. ", stripped):
            number, rest = stripped.split(" ", 1)
            letter_indent = None
            out.append(indent + number + " " + translate_text(lang, rest))
        else:
            if not line.startswith(" "):
                letter_indent = None
            out.append(translate_text(lang, line))
    return "\n".join(out)


def _roman_value(text):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(text):
        value = values[ch]
        total += -value if i + 1 < len(text) and values[text[i + 1]] > value else value
    return total
