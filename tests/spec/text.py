"""Placeholders that let feature files name long or unprintable values instead of spelling them out."""

import re

PLACEHOLDER = re.compile(r"\[(\d+) (letters|digits)\]")
FILLERS = {"letters": "a", "digits": "9"}
NUL = "[NUL]"


def expand(text: str) -> str:
    """Replace each `[N letters]` or `[N digits]` with N copies of `a` or `9`, and `[NUL]` with U+0000.

    For example `[3 letters]@x.io` becomes `aaa@x.io` and `[4 digits]` becomes `9999`.
    """
    text = PLACEHOLDER.sub(lambda match: FILLERS[match.group(2)] * int(match.group(1)), text)
    return text.replace(NUL, "\x00")
