"""Document metadata: reading ``metadata.csv``, parsing dates, inferring from the text.

The metadata file always wins. Where it is silent, the outlet and date are
inferred from the text's own signals (a "(Reuters)" dateline, "/TASS/", a
named agency's correspondent, "WASHINGTON, July 6.") and marked ``inferred``
with the evidence, so no inferred value is ever shown as a stated one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from corpus_utils.config import DATA_DIR
from corpus_utils.data import read_data_file

SIGNALS_PATH = DATA_DIR / "outlet_signals.csv"
#: Years a news date may plausibly carry; anything outside is reported as impossible.
PLAUSIBLE_YEARS = range(1900, 2101)

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z .'/-]{2,60}),\s+"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})\b(?:,\s*(?P<year>(?:19|20)\d\d))?",
    re.MULTILINE,
)
_YEAR = re.compile(r"\b(20[0-4]\d)\b")
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%A, %B %d, %Y",
    "%a, %d %b %Y",
)


class DateError(ValueError):
    """A date value that cannot be a real date."""


#: A date all in numbers with the day and the month in either order ("07/09/2022", "9-7-22"):
#: which comes first is not in the value unless one of them is over 12.
_NUMERIC_DATE = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$")


def numeric_date_order(values: Iterable[object]) -> tuple[bool | None, str | None]:
    """Whether a file's dates written all in numbers ("07/09/2022") put the day first.

    A value with a first number over 12 ("25/12/2022") settles day first, one with a second
    number over 12 ("12/25/2022") month first; a file's dates share one order.

    Returns:
        ``(day_first, value)``: True or False with the first value that settles it; True with
        None when no value settles it (day first, as most of the world writes dates); None
        with the two values that contradict each other ("'25/12/2022' and '12/25/2022'").
    """
    settled: dict[bool, str] = {}
    for value in values:
        numbers = _day_and_month(value)
        if numbers is None:
            continue
        first, second = numbers
        if first > 12 >= second:
            settled.setdefault(True, str(value).strip())
        elif second > 12 >= first:
            settled.setdefault(False, str(value).strip())
        if len(settled) == 2:
            return None, f"{settled[True]!r} and {settled[False]!r}"
    if settled:
        day_first, value = next(iter(settled.items()))
        return day_first, value
    return True, None


def is_ambiguous_date(value: object) -> bool:
    """True for a date all in numbers whose value does not show the order of day and month
    ("07/09/2022", but not "25/12/2022" or "2022/09/07")."""
    numbers = _day_and_month(value)
    return numbers is not None and numbers[0] != numbers[1] and max(numbers) <= 12


def _day_and_month(value: object) -> tuple[int, int] | None:
    """The first two numbers of a date all in numbers ("07/09/2022": 7 and 9), else None."""
    found = _NUMERIC_DATE.match(str(value).strip()) if value is not None else None
    return (int(found.group(1)), int(found.group(3))) if found else None


def parse_date(value: object, day_first: bool | None = True) -> str | None:
    """Parse a date as researchers have it into an ISO day (``YYYY-MM-DD``).

    Accepts ``2022/06/23``, ``2022-08-01T16:23:25Z``, ``July 11, 2022``,
    ``11 July 2022``, ``Nov. 6, 2022`` and similar. Empty values give None.
    A date all in numbers ("07/09/2022", "9-7-22") is read in the order its own numbers show
    ("25/12/2022"), else in ``day_first``'s: the order :func:`numeric_date_order` settled for
    the file it came from (day first by default; None, for a file whose dates contradict each
    other, makes such a value an error).

    Raises:
        DateError: For a value that is not a date or is an impossible one
            (``2022-02-30``, year 3022), with the value in the message.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, dt.datetime | dt.date | pd.Timestamp):
        day = pd.Timestamp(value)
        return _checked(day.date(), value)
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?$", text)
    if iso:
        try:
            return _checked(dt.date(*map(int, iso.groups())), value)
        except ValueError:
            raise DateError(f"impossible date {text!r}") from None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        return _numeric_date(numeric, value, day_first)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DATE_FORMATS:
        try:
            return _checked(dt.datetime.strptime(cleaned, fmt).date(), value)
        except ValueError:
            continue
    try:
        stamp = pd.to_datetime(cleaned, utc=True)
    except (ValueError, OverflowError, TypeError):
        raise DateError(f"not a date: {text!r}") from None
    return _checked(stamp.date(), value)


def _numeric_date(found: re.Match, original: object, day_first: bool | None) -> str:
    first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    if len(found.group(4)) == 2:
        year += 2000
    if first > 12:
        day_first = True
    elif second > 12:
        day_first = False
    elif day_first is None and first != second:
        raise DateError(
            f"{original!r} may be day then month or month then day, and the file's dates "
            "write both orders"
        )
    day, month = (first, second) if day_first is not False else (second, first)
    try:
        return _checked(dt.date(year, month, day), original)
    except ValueError:
        raise DateError(f"impossible date {original!r}") from None


def _checked(day: dt.date, original: object) -> str:
    if day.year not in PLAUSIBLE_YEARS:
        raise DateError(f"impossible date {original!r} (year {day.year})")
    return day.isoformat()


@functools.lru_cache(maxsize=4)
def load_outlet_signals(path: str | None = None) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Read the outlet signals (``outlet``, ``pattern``, ``evidence``) from the data file."""
    rows = read_data_file(
        path or SIGNALS_PATH,
        columns=("outlet", "pattern", "evidence"),
        raw=("outlet", "evidence"),
        patterns=("pattern",),
    )
    signals = [(row["outlet"], row.patterns["pattern"], row["evidence"]) for row in rows]
    return tuple(signals)


def infer_outlet(text: str) -> tuple[str, str] | None:
    """Infer the outlet from the text's own signals.

    Returns:
        ``(outlet, evidence)``, or None when the text names no outlet.
    """
    for outlet, pattern, evidence in load_outlet_signals():
        match = pattern.search(text)
        if match:
            return outlet, f"{evidence}: {match.group().strip()!r}"
    return None


def infer_date(text: str) -> tuple[str, str] | None:
    """Infer the publication date from a dateline ("WASHINGTON, July 6. /TASS/.").

    A dateline without a year takes the year the text names most often; with
    no year in the text the date stays unknown.

    Returns:
        ``(iso_date, evidence)``, or None.
    """
    match = _DATELINE.search(text[:2000])
    if not match:
        return None
    month = _month_key(match.group("month"))
    day = int(match.group("day"))
    year = match.group("year")
    evidence = f"dateline {match.group().strip()!r}"
    if year is None:
        years = Counter(_YEAR.findall(text))
        if not years:
            return None
        year = sorted(years.items(), key=lambda item: (-item[1], item[0]))[0][0]
        evidence += f"; year {year} from the years the text names"
    try:
        return dt.date(int(year), month, day).isoformat(), evidence
    except ValueError:
        return None


def _month_key(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _MONTHS[name[:3]]
