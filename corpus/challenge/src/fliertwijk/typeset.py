"""Tiny justified typesetter with Dutch-ish hyphenation and ligatures (reportlab canvas)."""
import re
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('Serif', 'DejaVuSerif.ttf'), ('SerifB', 'DejaVuSerif-Bold.ttf'), ('SerifI', 'DejaVuSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(n, D + f))

LIG = [('ffi', '\ufb03'), ('ff', '\ufb00'), ('fi', '\ufb01'), ('fl', '\ufb02')]


def lig(s):
    for a, b in LIG:
        s = s.replace(a, b)
    return s


V = set('aeiouyëéïöüè')
WORDRE = re.compile(r'^([‘“(]*)([A-Za-zëéïöüè]+)([,.;:)’”]*)$')


def hyph_points(word):
    m = WORDRE.match(word)
    if not m:
        return []
    pre, core, _ = m.groups()
    if len(core) < 7 or any(c.isupper() for c in core[1:]):
        return []
    low = core.lower()

    def isv(i):
        c = low[i]
        return c in V or (c == 'j' and i > 0 and low[i - 1] == 'i')
    pts = []
    for i in range(3, len(low) - 2):
        if low[i - 1:i + 1] in ('ch', 'sc', 'ij') or low[i:i + 2] == 'ch' and False:
            continue
        a, b = isv(i - 1), isv(i)
        if a and not b and i + 1 < len(low) and isv(i + 1):  # V|CV
            if low[i] == 'h' and low[i - 1] == 'c':
                continue
            pts.append(i)
        elif not a and not b and i >= 2 and isv(i - 2) and isv(i + 1):  # VC|CV
            if low[i - 1:i + 1] in ('ch', 'ng') and low[i - 1:i + 1] == 'ch':
                continue
            pts.append(i)
    return [len(pre) + p for p in pts]


class Doc:
    W, H = A4

    def __init__(self, path, left=78, right=78, top=86, bottom=84, base='Serif', size=10.2, leading=13.6,
                 hyphenate=True, ligatures=True, justify=True):
        self.path = path
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.base, self.size, self.leading = base, size, leading
        self.hyph, self.ligs, self.justify = hyphenate, ligatures, justify
        self.pages = []
        self.chapter_at_page = []
        self.cur_chapter = ''
        self.new_page()

    # ---- layout ----
    def new_page(self):
        self.pages.append([])
        self.chapter_at_page.append(self.cur_chapter)
        self.y = self.H - self.top

    @property
    def page(self):
        return len(self.pages)

    def op(self, *a):
        self.pages[-1].append(a)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def sw(self, t, f, s):
        return pdfmetrics.stringWidth(self.L(t, f), f, s)

    def L(self, t, f):
        return lig(t) if (self.ligs and f.startswith('Serif')) else t

    def space(self, h):
        self.y -= h

    def text(self, x, t, f=None, s=None, y=None):
        self.op('t', x, self.y if y is None else y, t, f or self.base, s or self.size)

    def para(self, runs, x0=None, width=None, label=None, label_font=None, label_x=None, size=None,
             leading=None, after=5, justify=None):
        """runs: str or list of (text, font). Returns page of first line."""
        size = size or self.size
        leading = leading or self.leading
        justify = self.justify if justify is None else justify
        x0 = self.left if x0 is None else x0
        width = (self.W - self.right - x0) if width is None else width
        if isinstance(runs, str):
            runs = [(runs, self.base)]
        words = []
        for t, f in runs:
            for w in t.split():
                words.append((w, f))
        spw = pdfmetrics.stringWidth(' ', self.base, size)
        lines, cur, curw = [], [], 0
        for w, f in words:
            ww = self.sw(w, f, size)
            if not cur or curw + spw + ww <= width:
                curw = ww if not cur else curw + spw + ww
                cur.append((w, f))
                continue
            done = False
            if self.hyph and f == self.base:
                for p in reversed(hyph_points(w)):
                    pre = w[:p] + '-'
                    if curw + spw + self.sw(pre, f, size) <= width:
                        cur.append((pre, f))
                        lines.append(cur)
                        rest = w[p:]
                        cur, curw = [(rest, f)], self.sw(rest, f, size)
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur, curw = [(w, f)], ww
        if cur:
            lines.append(cur)
        first_page = None
        for li, line in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            if first_page is None:
                first_page = self.page
                if label:
                    self.op('t', label_x if label_x is not None else self.left, self.y, label,
                            label_font or self.base, size)
            widths = [self.sw(w, f, size) for w, f in line]
            gap = spw
            if justify and li < len(lines) - 1 and len(line) > 1:
                gap = (width - sum(widths)) / (len(line) - 1)
            x = x0
            for i, ((w, f), ww) in enumerate(zip(line, widths)):
                s = w + (' ' if i < len(line) - 1 else '')
                self.op('t', x, self.y, s, f, size)
                x += ww + gap
        self.y -= after
        return first_page

    def smallcaps(self, x, t, big=14, small=10.6, f='Serif', track=0.6):
        xs = x
        for ch in t:
            if ch.islower():
                self.op('t', xs, self.y, ch.upper(), f, small)
                xs += pdfmetrics.stringWidth(ch.upper(), f, small) + track
            else:
                self.op('t', xs, self.y, ch, f, big)
                xs += pdfmetrics.stringWidth(ch, f, big) + track

    def line(self, x1, y1, x2, y2, w=0.5):
        self.op('l', x1, y1, x2, y2, w)

    # ---- render ----
    def render(self, header_left, header_font='SerifI', footer=lambda p, n: '– %d –' % p, skip_first=True,
               header_right=True):
        c = canvas.Canvas(self.path, pagesize=A4, invariant=1)
        c.setTitle(header_left)
        c.setAuthor('Fliertwijk')
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            p = i + 1
            if not (skip_first and p == 1):
                c.setFont(header_font, 8.2)
                c.drawString(self.left, self.H - 48, header_left)
                if header_right and self.chapter_at_page[i]:
                    c.drawRightString(self.W - self.right, self.H - 48, self.chapter_at_page[i])
                c.setLineWidth(0.4)
                c.line(self.left, self.H - 53, self.W - self.right, self.H - 53)
                c.setFont(self.base, 8.5)
                c.drawCentredString(self.W / 2, 44, footer(p, n))
            for o in ops:
                if o[0] == 't':
                    _, x, y, t, f, s = o
                    c.setFont(f, s)
                    c.drawString(x, y, self.L(t, f))
                else:
                    _, x1, y1, x2, y2, w = o
                    c.setLineWidth(w)
                    c.line(x1, y1, x2, y2)
            c.showPage()
        c.save()
        return n
