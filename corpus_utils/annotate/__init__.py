"""The annotation stage: shards, the local and Dask engines, the cache, the tables.

The names a notebook or script needs are handed on here; the code lives in the modules.
"""

from corpus_utils.annotate.run import annotate_corpus
from corpus_utils.annotate.shards import DEFAULT_SHARD_SIZE, TABLES, Settings, Shard
from corpus_utils.annotate.spreadsheet import spreadsheet_safe, spreadsheet_unescape
from corpus_utils.annotate.tables import (
    EXPORT_TABLES,
    Annotation,
    count_by,
    read_table,
    write_tables,
)

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "EXPORT_TABLES",
    "TABLES",
    "Annotation",
    "Settings",
    "Shard",
    "annotate_corpus",
    "count_by",
    "read_table",
    "spreadsheet_safe",
    "spreadsheet_unescape",
    "write_tables",
]
