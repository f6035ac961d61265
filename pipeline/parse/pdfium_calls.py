"""PDFium's functions as bare ctypes pointers, for the PDFium backend (`pdfium`) and its drawing walk (`drawing`).

pypdfium2.raw checks every argument's type on every call, which costs as much as the call itself; the calls
made per word or per path object go through these pointers instead (`Functions`).
"""

from __future__ import annotations

import ctypes
from functools import cache


class Matrix(ctypes.Structure):
    """PDFium's FS_MATRIX, filled by `FPDFText_GetMatrix`."""

    _fields_ = [(name, ctypes.c_float) for name in "abcdef"]


class RectF(ctypes.Structure):
    """PDFium's FS_RECTF, filled by `FPDFText_GetLooseCharBox`."""

    _fields_ = [("left", ctypes.c_float), ("top", ctypes.c_float), ("right", ctypes.c_float),
                ("bottom", ctypes.c_float)]


def address(handle) -> int:  # type: ignore[no-untyped-def]
    """A pypdfium2 handle's pointer as a plain int (0 for a null handle), as the bare functions take it."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


class Functions:
    """PDFium's per-word text calls, as bare function pointers.

    pypdfium2.raw checks each argument's pointer type on every call, which costs as much as the call. The
    text-page functions here have no argument types at all, which ctypes calls fastest (about half the
    time of typed integer arguments); so every caller passes the text page as a `ctypes.c_void_p`, out
    arguments with `ctypes.byref`, buffers as ctypes objects, and Python ints only where C takes an int (a
    bare Python int would go as a 32-bit int: never a handle). The page-level ones take plain integers.
    """

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        def fn(name: str, restype, *argtypes):  # type: ignore[no-untyped-def]
            address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
            return ctypes.CFUNCTYPE(restype, *argtypes)(address)

        def bare(name: str, restype):  # type: ignore[no-untyped-def]
            function = fn(name, restype)
            function.argtypes = None
            return function

        vp, i = ctypes.c_void_p, ctypes.c_int
        self.count_chars = bare("FPDFText_CountChars", i)
        self.char_origin = bare("FPDFText_GetCharOrigin", i)
        self.loose_box = bare("FPDFText_GetLooseCharBox", i)
        self.font_size = bare("FPDFText_GetFontSize", ctypes.c_double)
        self.font_info = bare("FPDFText_GetFontInfo", ctypes.c_ulong)
        self.font_weight = bare("FPDFText_GetFontWeight", i)
        self.text_object = bare("FPDFText_GetTextObject", vp)
        self.char_matrix = bare("FPDFText_GetMatrix", i)
        self.count_objects = fn("FPDFPage_CountObjects", i, vp)
        self.get_object = fn("FPDFPage_GetObject", vp, vp, i)
        self.object_type = fn("FPDFPageObj_GetType", i, vp)


@cache
def functions() -> Functions:
    return Functions()
