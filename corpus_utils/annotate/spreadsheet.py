"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula is neutralised.

The list of formula characters is kept here once. The tidy tables of ``extract``
use :func:`spreadsheet_safe`: a text cell that starts with one of
:data:`FORMULA_START` (after any apostrophes) is written with one more apostrophe
in front, reversibly. Audit files (:mod:`corpus_utils.evaluate.audit`) also
escape a leading apostrophe, since their cells are read back by the package.
Parquet is never changed.
"""

from __future__ import annotations

import re

#: A CSV cell starting with one of these is run as a formula by spreadsheets (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")


def spreadsheet_safe(value):
    """Neutralise a text cell a spreadsheet would run as a formula: prefix one apostrophe.

    A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return, after any number of apostrophes, gets one more apostrophe in
    front. :func:`spreadsheet_unescape` removes it again, so the rule is
    reversible for every text. Other values are returned as they are.
    """
    if isinstance(value, str) and _NEEDS_QUOTE.match(value):
        return "'" + value
    return value


def spreadsheet_unescape(value):
    """Undo :func:`spreadsheet_safe` on a cell read back from a CSV table."""
    if isinstance(value, str) and value.startswith("'") and _NEEDS_QUOTE.match(value, 1):
        return value[1:]
    return value
