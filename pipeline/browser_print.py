"""The margins a browser adds when it prints a web page ("Opslaan als PDF"): a header with the print date and time
and the page's title, a footer with the page's full address and "n/m". Furniture even where it does not repeat (a
one-page print), so told apart by its shape rather than by repetition."""

from __future__ import annotations

import re

# "17-1-2025 09:42 Prestatieafspraken 2025 | Gemeente X", "17/01/2025, 09:42 ...": a print date and time first
PRINT_HEADER = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)")
# "https://www.x.nl/wonen/... 1/9": the page's address, the page count after it or alone
PRINT_FOOTER = re.compile(r"^(?:(?:https?://|www\.)\S+)(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*$", re.IGNORECASE)


def is_print_margin_line(text: str, zone: str) -> bool:
    """Whether a line in the top or bottom margin (`zone`) is a browser's print header or footer."""
    text = text.strip()
    return PRINT_HEADER.match(text) is not None if zone == "top" else PRINT_FOOTER.match(text) is not None
