"""Placeholders that let feature files name long values instead of spelling them out."""

import re

LETTERS = re.compile(r"\[(\d+) letters\]")


def expand(text: str) -> str:
    """Replace each `[N letters]` with N letters, e.g. `[3 letters]@x.io` becomes `aaa@x.io`."""
    return LETTERS.sub(lambda match: "a" * int(match.group(1)), text)
