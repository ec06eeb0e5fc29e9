"""Write the JSON schema of the analysis digest to docs/digest.schema.json.

    .venv/bin/python scripts/export_schema.py [--check]

``--check`` exits 1 when the committed schema differs from the models (CI / tests use it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
TARGET = ROOT / "docs" / "digest.schema.json"


def schema_text() -> str:
    """The digest's JSON schema, as committed (sorted keys, 2-space indent, final newline)."""
    from tomtat.analyze.models import Digest

    schema = Digest.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    text = schema_text()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            sys.exit(f"Error: {TARGET.relative_to(ROOT)} is out of date; run scripts/export_schema.py")
        return
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
