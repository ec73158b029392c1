"""Common given names, a closed and topic-free list: gender cues for pronouns, and the sign that a capitalised
word after them is a surname ("Steve King", "Steve Israel") rather than a title or a place.

Moved out of :mod:`memory` so :mod:`speakers` can read it without an import cycle.
"""

from __future__ import annotations

from workbench.extract.places import STATES

# Common given names (closed, topic-free: the most frequent US birth names of recent decades).
MALE_NAMES = frozenset(
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony "
    "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan "
    "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander "
    "frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle "
    "walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence "
    "jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy "
    "eugene vincent russell elijah louis bobby philip johnny mike bill tom jim bob dan steve chris tim ted "
    "rick ron ben greg jeff ken matt nick sam tony".split()
)
FEMALE_NAMES = frozenset(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra "
    "ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura "
    "cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine "
    "debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly "
    "lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara "
    "madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle "
    "beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori kate kathy sue liz "
    "jane jill anne ellen".split()
)
NAMES = MALE_NAMES | FEMALE_NAMES
# personal titles: what follows them is a person's name even when it is also a place ("Mr. Jordan")
HONORIFICS = frozenset(
    "mr. mrs. ms. dr. prof. rep. sen. gov. rev. reverend president senator governor representative "
    "father rabbi imam cardinal bishop archbishop pastor msgr.".split()
)


def _bare(token: str) -> str:
    return token.strip(",;:()\"'“”‘’").lower()


def is_given_name(token: str) -> bool:
    return _bare(token) in NAMES


def place_in_name(tokens: list[str], run: list[str]) -> bool:
    """A place word inside a person's name (``run``, the last words of ``tokens``): after an honorific ("Mr.
    Jordan", "President Ana Chad") or as the surname after a given name ("Steve Israel"); otherwise "Israel",
    "Chad Basin" are places."""
    before = _bare(tokens[len(tokens) - len(run) - 1]) if len(run) < len(tokens) else ""
    if before in HONORIFICS:
        return True
    return len(run) >= 2 and is_given_name(run[0]) and not any(_bare(t) in STATES for t in run[:-1])


def joined_body_name(tokens: list[str]) -> bool:
    """Capitalised words joined by "and" to one last word ("Dale Fire and Rescue"): a body's name. Not two surnames
    ("Ruiz and Lee"), two full names ("Ana Ruiz and Tom Lee") or a given name."""
    lows = [_bare(t) for t in tokens]
    if "and" not in lows or not all(t[:1].isupper() or low == "and" for t, low in zip(tokens, lows, strict=True)):
        return False
    left = lows.index("and")
    right = len(tokens) - left - 1
    return left > 1 and right == 1 and not any(low in NAMES for low in lows)
