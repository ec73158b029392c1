"""What a claim only asks about: the words of an indirect question ("wanted to hear what the company planned for the
yard", "asked whether the pumps had failed") assert nothing.

Why: a rebuttal is set against the claim of another report that states what it rejects; a claim that shares the
rejected thing's words only inside a question put by its source ("the minister wants to know what the company plans
for the yard" against "Hovde denied that the company was preparing to sell the yard") takes no side on it. An
indirect question is read from closed-class words only: a verb of asking or learning followed by a wh-word.
"""

from __future__ import annotations

import re

from workbench.extract.words import content_stems, same_stem

_ASKED = re.compile(r"\b(?:know|knowing|hear|hearing|learn|ask|asks|asked|asking|find out|understand|see|wonder|"
                    r"wondered|wonders|explain|explained|decide|deciding|clarify|establish|determine)\s+"
                    r"(?:exactly\s+)?(?:what|whether|how|why|if|which|who)\b", re.IGNORECASE)


def asked_only(text: str, shared: list[str]) -> bool:
    """All of ``shared`` (stems) stand only after the first indirect question of ``text``: the claim asks about
    them and asserts none of them."""
    m = _ASKED.search(text)
    if m is None or not shared:
        return False
    said = content_stems(text[: m.start()])
    return not any(same_stem(s, w) for s in shared for w in said)
