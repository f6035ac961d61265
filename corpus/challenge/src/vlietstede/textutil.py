# -*- coding: utf-8 -*-
"""Column-aware text extraction with pdfplumber, shared by build.py (to find the page of each afspraak)
and check.py. A page whose body has no character in a band around the vertical middle is read as two
columns (left column first, then right column)."""
import bisect
import re

import pdfplumber


def norm_lines(text):
    out = ""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and line[:1].islower() and len(out) > 1 and out[-2].isalpha():
            out = out[:-1] + line          # hyphenated line break: join into the word
        else:
            out = (out + " " + line) if out else line
    return re.sub(r"\s+", " ", out).strip()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def is_two_column(page):
    mid = page.width / 2
    body = [c for c in page.chars if 60 < c["top"] < page.height - 50 and c["text"].strip()]
    if not body:
        return False
    crossing = [c for c in body if c["x0"] < mid + 4 and c["x1"] > mid - 4]
    left = [c for c in body if c["x1"] <= mid]
    right = [c for c in body if c["x0"] >= mid]
    return not crossing and len(left) > 50 and len(right) > 50


def page_texts(path):
    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if is_two_column(page):
                mid = page.width / 2
                parts = [page.within_bbox((0, 0, mid, page.height)).extract_text() or "",
                         page.within_bbox((mid, 0, page.width, page.height)).extract_text() or ""]
                texts.append(" ".join(norm_lines(p) for p in parts))
            else:
                texts.append(norm_lines(page.extract_text() or ""))
    return texts


def find_afspraken(texts, afs_texts):
    """Return the 1-based start page of each afspraak text (searched in reading order)."""
    full, starts = "", []
    for t in texts:
        starts.append(len(full))
        full += t + " "
    pages, cursor = [], 0
    for t in afs_texts:
        t = norm(t)
        i = full.find(t, cursor)
        if i < 0:
            i = full.find(t)
        if i < 0:
            raise ValueError("afspraak not found in PDF text: " + t[:90])
        pages.append(bisect.bisect_right(starts, i))
        cursor = i + len(t)
    return pages
