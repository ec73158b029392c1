"""One change of many widgets painted as one frame, laid out: ``await one_frame(app, roots, change)``.

Why: Textual turns a widget's ``update``/``refresh(layout=True)`` into a request to the screen
only in that widget's own idle step, one turn of the event loop per widget. The screen's frame
timer does not wait for them: on ``J`` it painted the new cards' text at the old cards' sizes
(and the clusters pane, the column headers) as soon as the first requests were in, then laid
out and painted everything again once the cards' layout requests arrived, and the workers
started after "the" refresh (read-ahead, context) competed with that second paint for the
GIL. On the replicated 1M database that half-drawn frame and the contention were a third of
the key's time, and the reviewer briefly saw text in boxes of the wrong height.

So the change runs inside ``App.batch_update`` (the screen paints nothing meanwhile) and the
batch is held until every shown widget under ``roots`` has run its idle step: ``call_next``
callbacks run right after it, once the widget's queue is empty. Then the screen has every
request, lays out once and paints once. A widget that stops running before its callback
(removed meanwhile) would hold the batch: the wait gives up after ``MAX_HOLD_S`` and the
screen paints as it would have.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable

from textual.app import App
from textual.widget import Widget

MAX_HOLD_S = 0.5  # longest the screen is kept from painting while the widgets post their requests


async def requests_posted(roots: Iterable[Widget]) -> bool:
    """Until every running widget under ``roots`` has turned its pending refreshes into requests to the screen.

    False when some widget did not get there within ``MAX_HOLD_S`` (it was closing, say).
    """
    widgets = [w for root in roots for w in _shown(root) if w.is_running]
    if not widgets:
        return True
    done = asyncio.Event()
    pending = len(widgets)

    def one() -> None:
        nonlocal pending
        pending -= 1
        if not pending:
            done.set()

    for widget in widgets:
        widget.call_next(one)  # runs after the widget's idle step, in which its requests are posted
    try:
        await asyncio.wait_for(done.wait(), MAX_HOLD_S)
    except TimeoutError:
        return False
    return True


def _shown(root: Widget) -> list[Widget]:
    """``root`` and its descendants, not descending into a hidden widget: nothing under it is laid out or painted
    (the hidden widget itself is listed: hiding it was a layout request). Half the pane is hidden columns' cards."""
    found, stack = [], [root]
    while stack:
        widget = stack.pop()
        found.append(widget)
        if widget.display:
            stack.extend(child for child in widget.children if isinstance(child, Widget))
    return found


async def one_frame(app: App, roots: Iterable[Widget], change: Callable[[], Awaitable[None]]) -> None:
    """Run ``change`` with painting held, until the widgets under ``roots`` have posted what it asked of them."""
    roots = list(roots)
    with app.batch_update():
        await change()
        await requests_posted(roots)
