"""A fillable form saved without flattening: what was typed into its fields becomes text of the page.

A form filled in on screen (a bod format, a monitor format filled in in Acrobat and saved) keeps everything typed
as the values of its AcroForm fields: widget annotations drawn over the page, absent from its text layer, while a
reader sees them in their boxes. Both backends read the widgets of a page (`pdfium_fields`, `plumber_fields`) and
`field_words` sets each value as words at its box, in its own font size, wrapped to the box's width as a viewer
shows a multi-line field (and at the line breaks the value holds): the rest of the pipeline then reads them as
any text. A check box or radio button reads as the layout's mark ("✔" ticked, "•" not, `glyphs`), a choice
field as its chosen text. Empty fields add nothing, and a field whose value the page text already holds in its
box (a form flattened or printed with its widgets kept) is not read twice. A page without widgets costs one
look-up.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from .geometry import Word
from .glyphs import BULLET, TICK
from .layout import BOLD_HINTS
from .upright import IDENTITY, apply_matrix

INSET = 2.0  # points between a field's border and its text, as viewers set it
LEADING = 1.15  # of the font size: a viewer's line distance in a multi-line field
AUTO_SIZE = 12.0  # a font size of 0 means "fit the box"; a multi-line field then shows text at about this size
MIN_SIZE = 4.0  # a value shrunk to fit its box no smaller than this
AVERAGE_WIDTH = 556  # per 1000 of the size: a glyph the width table does not know (a digit's width in Helvetica)
HIDDEN, NO_VIEW = 1 << 1, 1 << 5  # annotation flags of a widget a viewer does not show
MULTILINE, PUSH_BUTTON = 1 << 12, 1 << 16  # field flags (Ff)
LABEL_SLACK = 1.0  # points a label set flush against its field's box may reach past the box's left edge
SHOWN_ALREADY = 0.5  # of a value's words the page text holds in its box: the value is drawn on the page already
_DA_SIZE = re.compile(r"/([^\s/]+)\s+([\d.]+)\s+Tf")
_PAINTED = re.compile(rb"(?:^|\s)(?:re|l|c|v|y|h)\s+[fFSsBb]\*?(?=\s|$)")  # a path filled or stroked
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Field(NamedTuple):
    """A form field's widget as shown: `kind` "text" (also a choice field's chosen text) or "check" (a check box
    or radio button, `value` "on" or "off"); `box` (x0, top, x1, bottom) from the page's top."""

    kind: str
    value: str
    box: tuple[float, float, float, float]
    size: float
    multiline: bool
    bold: bool
    framed: bool = False  # its appearance draws a border or a background: a viewer shows it as a box


def with_fields(fields: Sequence[Field], words: list[Word], boxes: list[tuple[float, float, float, float]]
                ) -> tuple[list[Word], list[tuple[float, float, float, float]]]:
    """A page's words and drawn boxes with its fields' values and boxes (`field_words`, `field_boxes`)."""
    return (field_words(fields, words), [*boxes, *field_boxes(fields)]) if fields else (words, boxes)


def field_words(fields: Sequence[Field], words: list[Word]) -> list[Word]:
    """`words` (a page's text layer) with the values of `fields` set in their boxes, and the label printed on a
    field's first line just left of its box followed by a colon ("Trekker [Hoevenland]" reads "Trekker:
    Hoevenland"), as a form is meant and as its printed version would set it."""
    if not fields:  # most pages
        return words
    out = list(words)
    labels: set[int] = set()
    for field in fields:
        if field.kind == "check":
            out += _mark(field)
        elif field.value.strip() and not _shown_already(field, words):
            added = _text(field)
            label = _label(field, words, fields, added[0]) if added else None
            if label is not None:
                labels.add(label)
            out += added
    for k in labels:
        out[k] = out[k]._replace(text=out[k].text + ":")
    return out


def _label(field: Field, words: Sequence[Word], fields: Sequence[Field], first: Word) -> int | None:
    """The index of the word that labels a field on its left: the last word of the page text on the field's
    first line before its box, with no other field between them, that ends in a letter or digit (a label that
    ends in a colon or a question mark needs none)."""
    x0 = field.box[0] + LABEL_SLACK
    middle = (first.top + first.bottom) / 2
    before = [k for k, w in enumerate(words) if w.x1 <= x0 and w.top <= middle <= w.bottom]
    if not before:
        return None
    best = max(before, key=lambda k: words[k].x1)  # the nearest the box (the first of equals)
    label = words[best]
    if not label.text[-1:].isalnum():
        return None
    start = min(words[k].x0 for k in before)
    if any(w.x1 <= x0 and w.x0 < label.x1 and w.x1 > start and 0 <= w.top - label.bottom < label.size
           for w in words):
        return None  # a label of two lines ("Terugblik (korte / beschrijving)"): its words and the value interleave
    if any(f is not field and label.x1 <= f.box[0] and f.box[2] <= x0 and f.box[1] <= middle <= f.box[3]
           for f in fields):
        return None
    return best


def field_boxes(fields: Sequence[Field]) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, top, x1, bottom) a viewer shows the text fields in (`Field.framed`), as a printed form draws
    them: the layout reads a value in its box as it reads a printed form's (a box across a gutter parts no
    columns, `layout`)."""
    return [f.box for f in fields if f.framed and f.kind == "text" and f.box[2] > f.box[0] and f.box[3] > f.box[1]]


def _mark(field: Field) -> list[Word]:
    """A check box as the mark a drawn box reads as: ticked "✔", empty "•"."""
    x0, top, x1, bottom = field.box
    side = min(x1 - x0, bottom - top)
    if side <= 0:
        return []
    return [Word(TICK if field.value == "on" else BULLET, x0, x0 + side, top, top + side, side, False)]


def _text(field: Field) -> list[Word]:
    """A text value as lines of words in its box, as a viewer shows it: a multi-line field wrapped to the box's
    width and read from its top, a single line in the middle of its box. An automatic size (0) shrinks to fit
    the box; a fixed one stays, its lines closer together or a single line's words closer when they overflow."""
    x0, top, x1, bottom = field.box
    room_w, room_h = x1 - x0 - 2 * INSET, bottom - top - 2 * INSET
    if room_w <= 0 or room_h <= 0:
        return []
    size = field.size or (AUTO_SIZE if field.multiline else room_h / LEADING)
    if field.multiline:
        lines = [line for p in _LINE_BREAK.split(field.value) for line in _wrap(p.split(), size, room_w)]
        while not field.size and size > MIN_SIZE and len(lines) * size * LEADING > room_h:
            size = max(MIN_SIZE, size - 0.5)
            lines = [line for p in _LINE_BREAK.split(field.value) for line in _wrap(p.split(), size, room_w)]
        lead = max(size, min(size * LEADING, room_h / len(lines)))
    else:
        lines = [field.value.split()]
        if not field.size:
            size = max(MIN_SIZE, min(size, size * room_w / max(_width(" ".join(lines[0]), size), 1e-6)))
        lead = size * LEADING
    # a single line wider than its box: its words set closer, so that all of them stay in the box
    squeeze = min(1.0, room_w / max(max(_width(" ".join(line), size) for line in lines), 1e-6))
    first = top + INSET + (0.0 if field.multiline else (room_h - lead) / 2)
    space = _width(" ", size) * squeeze
    out: list[Word] = []
    for k, line in enumerate(lines):
        line_bottom = first + (k + 1) * lead - (lead - size) / 2
        x = x0 + INSET
        for token in line:
            w = _width(token, size) * squeeze
            out.append(Word(token, x, x + w, line_bottom - size, line_bottom, size, field.bold))
            x += w + space
    return out


def _wrap(tokens: Sequence[str], size: float, room: float) -> list[list[str]]:
    """Words in lines no wider than `room`, as a viewer wraps a multi-line field (a word wider than the box on a
    line of its own); an empty paragraph is an empty line."""
    lines: list[list[str]] = [[]]
    used = 0.0
    space = _width(" ", size)
    for token in tokens:
        w = _width(token, size)
        if lines[-1] and used + space + w > room:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append(token)
    return lines


def _width(text: str, size: float) -> float:
    """The width of `text` set in Helvetica (a form's usual font; other fonts differ little in width) at `size`."""
    widths = _helvetica()
    return sum(widths.get(c, AVERAGE_WIDTH) for c in text) * size / 1000


@cache
def _helvetica() -> dict[str, int]:
    from pdfminer.fontmetrics import FONT_METRICS

    return dict(FONT_METRICS["Helvetica"][1])


def _shown_already(field: Field, words: Sequence[Word]) -> bool:
    """Whether the page text in the field's box already holds most of its value's words: a form flattened, or
    printed, with its widgets kept, whose appearance is page text."""
    x0, top, x1, bottom = field.box
    inside = {w.text.casefold() for w in words
              if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom}
    if not inside:
        return False
    wanted = [t.casefold() for t in field.value.split()]
    return sum(t in inside for t in wanted) >= SHOWN_ALREADY * len(wanted)


def _runs_down(box: tuple[float, float, float, float]) -> bool:
    """Whether a field on a page shown turned by a quarter (/Rotate 90 or 270) is taller than wide as shown: its
    text runs down the page with the page's own space, as turned page text does, which is not read either; a form
    tool sets a landscape page's fields upright (/MK /R), wider than tall."""
    return box[3] - box[1] > box[2] - box[0]


def _style(da: str) -> tuple[float, bool]:
    """Font size and boldness from a default appearance string ("/Helv 9 Tf 0 g"; "/HeBo" is Helvetica-Bold)."""
    m = _DA_SIZE.search(da or "")
    if not m:
        return 0.0, False
    name = m.group(1).casefold()
    return float(m.group(2)), any(h in name for h in BOLD_HINTS) or name.startswith("hebo")


def _upright(rect: tuple[float, float, float, float], matrix: tuple[float, ...], height: float
             ) -> tuple[float, float, float, float]:
    """A rectangle (left, bottom, right, top) of the page's space as (x0, top, x1, bottom) of the page as shown."""
    (xa, ya), (xb, yb) = apply_matrix(matrix, rect[0], rect[1]), apply_matrix(matrix, rect[2], rect[3])
    return min(xa, xb), height - max(ya, yb), max(xa, xb), height - min(ya, yb)


# --- PDFium -------------------------------------------------------------------------------------------------


def pdfium_fields(page: Any, turned: tuple[float, ...] | None = None) -> list[Field]:
    """The form fields of a pypdfium2 page (loaded after `init_forms`), in the page as shown: `turned` is the
    matrix `upright.make_upright` applied to the page's objects, which the widgets' boxes still need."""
    import pypdfium2.raw as raw

    env = getattr(page, "formenv", None)
    handle = page.raw
    if not env or raw.FPDFPage_GetAnnotCount(handle) <= 0:
        return []
    env = env.raw
    matrix = turned or IDENTITY
    height = page.get_height()  # the page as shown, upright
    rect = raw.FS_RECTF()
    fields: list[Field] = []
    for i in range(raw.FPDFPage_GetAnnotCount(handle)):
        annot = raw.FPDFPage_GetAnnot(handle, i)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET \
                    or raw.FPDFAnnot_GetFlags(annot) & (HIDDEN | NO_VIEW) or not raw.FPDFAnnot_GetRect(annot, rect):
                continue
            kind = raw.FPDFAnnot_GetFormFieldType(env, annot)
            where = _upright((rect.left, rect.bottom, rect.right, rect.top), matrix, height)
            if matrix[1] and _runs_down(where):
                continue
            # a path in its appearance: the border or the background a viewer shows the field in
            framed = any(raw.FPDFPageObj_GetType(raw.FPDFAnnot_GetObject(annot, k)) == raw.FPDF_PAGEOBJ_PATH
                         for k in range(raw.FPDFAnnot_GetObjectCount(annot)))
            if kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
                fields.append(Field("check", "on" if raw.FPDFAnnot_IsChecked(env, annot) else "off", where, 0.0,
                                    False, False))
            elif kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
                value = _pdfium_string(raw.FPDFAnnot_GetFormFieldValue, env, annot)
                size = ctypes.c_float()
                if not raw.FPDFAnnot_GetFontSize(env, annot, size):
                    size.value = 0.0
                _, bold = _style(_pdfium_string(raw.FPDFAnnot_GetStringValue, annot, b"DA"))
                multiline = bool(raw.FPDFAnnot_GetFormFieldFlags(env, annot) & MULTILINE) \
                    and kind == raw.FPDF_FORMFIELD_TEXTFIELD
                fields.append(Field("text", value, where, float(size.value), multiline, bold, framed))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return fields


def _pdfium_string(function: Any, *args: Any) -> str:
    """A UTF-16 string PDFium writes into a buffer: asked once for its length, once for the text."""
    import pypdfium2.raw as raw

    n = function(*args, None, 0)
    if n <= 2:
        return ""
    buffer = ctypes.create_string_buffer(n)
    function(*args, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buffer.raw[:n - 2].decode("utf-16-le", errors="replace")


# --- pdfplumber ---------------------------------------------------------------------------------------------


def plumber_fields(page: Any) -> list[Field]:
    """The form fields of a pdfplumber page (its widget annotations, with what they inherit from their parent
    fields and the form), in the page's top-down system."""
    if not page.page_obj.annots:
        return []
    from pdfminer.pdftypes import resolve1

    form = resolve1(page.pdf.doc.catalog.get("AcroForm")) or {}
    fields: list[Field] = []
    for annot in page.annots:
        data = annot.get("data") or {}
        if _name(data.get("Subtype")) != "Widget" or int(resolve1(data.get("F")) or 0) & (HIDDEN | NO_VIEW):
            continue
        kind, flags = _name(_inherited(data, "FT")), int(_inherited(data, "Ff") or 0)
        value = _inherited(data, "V")
        where = (float(annot["x0"]), float(annot["top"]), float(annot["x1"]), float(annot["bottom"]))
        if page.rotation % 180 == 90 and _runs_down(where):
            continue
        framed = _framed(data)
        if kind == "Btn" and not flags & PUSH_BUTTON:
            state = _name(resolve1(data.get("AS"))) or _name(value)
            fields.append(Field("check", "off" if state in ("", "Off") else "on", where, 0.0, False, False))
        elif kind in ("Tx", "Ch"):
            values = value if isinstance(value, list) else [value]  # a list box's choices: one a line
            text = "\n".join(_text_of(resolve1(v)) for v in values if v is not None)
            size, bold = _style(_text_of(_inherited(data, "DA") or resolve1(form.get("DA"))))
            fields.append(Field("text", text, where, size, kind == "Tx" and bool(flags & MULTILINE), bold, framed))
    return fields


def _framed(data: dict) -> bool:
    """Whether a widget's appearance paints a path (its border or background), as `pdfium_fields` asks PDFium."""
    from pdfminer.pdftypes import resolve1

    try:
        shown = resolve1((resolve1(data.get("AP")) or {}).get("N"))
        if isinstance(shown, dict):  # appearances by state (a check box's): any of them
            shown = next((resolve1(v) for v in shown.values()), None)
        return bool(shown is not None and _PAINTED.search(shown.get_data() or b""))
    except Exception:  # noqa: BLE001 - a broken appearance stream: no box, the value is still read
        return False


def _inherited(data: dict, key: str) -> Any:
    """A field's entry, on the widget or on the field it belongs to (a field's widgets inherit its /V, /FT)."""
    from pdfminer.pdftypes import resolve1

    seen = 0
    while isinstance(data, dict) and seen < 32:  # a damaged file's /Parent may loop
        if key in data:
            return resolve1(data[key])
        data, seen = resolve1(data.get("Parent")), seen + 1
    return None


def _name(value: Any) -> str:
    """A PDF name's text ("/Tx" -> "Tx"), "" for anything else."""
    name = getattr(value, "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else name if isinstance(name, str) else ""


def _text_of(value: Any) -> str:
    """A PDF string's text (PDFDocEncoding or UTF-16 with its byte order mark); a name's text."""
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else _name(value)
