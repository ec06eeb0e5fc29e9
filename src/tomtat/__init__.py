"""tomtat: faithful multi-document summaries of Vietnamese news, with provenance.

The public verbs are few: :func:`summarize` (and later ``analyze`` and ``cluster``).
Models (underthesea) load lazily, on first use, never at import.
"""

from __future__ import annotations

from .errors import InputError, TomtatError, UsageError
from .models import Article, Cluster, Sentence, SourceRef, Summary, SummarySentence
from .options import Options
from .pipeline import summarize
from . import cluster  # noqa: E402  (a callable module: tomtat.cluster(records) and tomtat.cluster.StreamClusterer)
from .analyze import analyze  # noqa: E402  (the function; the subpackage stays in sys.modules)

__all__ = [
    "Article",
    "Cluster",
    "InputError",
    "Options",
    "Sentence",
    "SourceRef",
    "Summary",
    "SummarySentence",
    "TomtatError",
    "UsageError",
    "cluster",
    "analyze",
    "summarize",
]
__version__ = "0.1.0"
