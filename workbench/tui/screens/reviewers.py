"""The review screen's multi-reviewer half: blind mode, adjudication, each card's review data.

:class:`ReviewerScreen` is the base of ``ReviewScreen``: it owns the keys that concern
several reviewers (``b`` blind mode, ``A`` adjudicate) and hands each card of the open
group its :class:`~workbench.tui.card_reviews.CardReview` (the reviewer's own verdict and
the others' apart, the adjudication, earlier matching decisions). The data comes from the
worker that loads the cards, and again from ``load_reviews`` after anything that changes
it; the adjudication is recorded in a worker. Textual calls a message handler of every
class in the screen's MRO, so ``on_group_loaded`` / ``on_verdict_saved`` / ``on_undo_done``
here run after ``ReviewScreen``'s own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from workbench.textnorm import printable
from workbench.tui import messages as msg
from workbench.tui.adjudication import parse_adjudication, standing_summary
from workbench.tui.card_reviews import CardReview
from workbench.tui.reviewer_messages import AdjudicationSaved, ReviewsLoaded
from workbench.tui.screens import reviewer_workers as work
from workbench.tui.screens.prompt import PromptScreen

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.widgets.comparison import ComparisonPane


class ReviewerScreen(Screen):
    """Blind mode and adjudication; ``ReviewScreen`` supplies ``pane``, ``current_key`` and ``db_path``."""

    BINDINGS = [
        Binding("b", "toggle_blind", "Blind review", show=False, id="review.blind"),
        Binding("A", "adjudicate", "Adjudicate", show=False, id="claim.adjudicate"),
    ]

    db_path: str
    current_key: str | None
    _group_request: int

    @property
    def wb(self) -> WorkbenchApp:
        return cast("WorkbenchApp", self.app)

    @property
    def pane(self) -> ComparisonPane:
        from workbench.tui.widgets.comparison import ComparisonPane

        return self.query_one(ComparisonPane)

    def apply_reviews(self, key: str | None, reviews: dict[str, CardReview], land: bool = False) -> None:
        """Hand each card of group ``key`` its review data (attributes down; only changed cards redraw).

        ``land`` (a group just opened, no claim asked for): in blind mode the cursor goes to the first
        claim *this* reviewer has not decided; the pane placed it on the first nobody decided.
        """
        if key is None or key != self.pane.group_key:
            return
        for card in self.pane.all_cards():
            card.set_review(reviews.get(card.claim.id), self.wb.blind)
        focused = self.pane.focused_card
        if land and self.wb.blind and focused is not None:
            target = next((c for c in self.pane.all_cards() if not c.shown.reviewed), None)
            if target is not None and target is not focused:
                self.pane.move_to(target)

    def reload_reviews(self) -> None:
        """Re-read the open group's review data in a worker (a newer request cancels an older one)."""
        key = self.pane.group_key
        if key is not None and self.pane.cards:
            ids = [card.claim.id for card in self.pane.all_cards()]
            work.load_reviews(self, key, ids, self.wb.reviewer, self.wb.blind)

    def on_group_loaded(self, message: msg.GroupLoaded) -> None:
        if message.request == self._group_request:
            self.apply_reviews(message.key, message.reviews, land=message.focus_claim is None)

    def on_reviews_loaded(self, message: ReviewsLoaded) -> None:
        if message.blind == self.wb.blind:  # else a newer load for the other mode is on its way
            self.apply_reviews(message.key, message.reviews)

    def on_verdict_saved(self, message: msg.VerdictSaved) -> None:
        self.reload_reviews()  # blind mode reveals the others once you decide; "you:" follows your verdict

    def on_undo_done(self, message: msg.UndoDone) -> None:
        self.reload_reviews()

    def on_verdict_written(self, message: Message) -> None:
        """Verdicts committed off the UI thread (the write queue) land after ``VerdictSaved``: read again then."""
        self.reload_reviews()

    def action_toggle_blind(self) -> None:
        """Hide (or show again) the other reviewers' verdicts and adjudication until you decide."""
        app = self.wb
        app.blind = not app.blind
        app.sub_title = f"{Path(self.db_path).name} · {app.reviewer}" + (" · blind" if app.blind else "")
        for card in self.pane.all_cards():  # hide at once, before the worker answers
            card.set_review(card.review, app.blind)
        self.reload_reviews()
        if app.blind:
            self.notify("Blind review: other reviewers' verdicts are hidden until you decide.", title="Blind")
        else:
            self.notify("Blind review off: every reviewer's verdict is shown.", title="Blind")

    def action_adjudicate(self) -> None:
        """Ask for the final verdict on the focused claim (``v|d|u [note]``) and record it in a worker."""
        card = self.pane.focused_card
        if card is None:
            self.app.bell()
            return
        claim_id, adjudicator = card.claim.id, self.wb.reviewer

        def save(line: str | None) -> None:
            if not line:
                return
            try:
                verdict, note = parse_adjudication(line)
            except ValueError as exc:
                self.notify(str(exc), title="Not adjudicated", severity="error")
                return
            work.run_adjudication(self, claim_id, verdict, adjudicator, note)

        said = standing_summary(card.review.view if card.review else None)
        prompt = PromptScreen(
            printable(f"Adjudicate as {adjudicator}: the final verdict ({said})"),
            placeholder="v, d or u, then a note (e.g. d the later figure is sourced)",
            help_text="Enter records it; exports and ClaimReview use it · z undoes it · Escape cancels",
        )
        self.app.push_screen(prompt, save)

    def on_adjudication_saved(self, message: AdjudicationSaved) -> None:
        if message.error:
            self.notify(message.error, title="Not adjudicated", severity="error")
            return
        self.notify(f"Adjudicated: {message.verdict}.", title="Adjudication")
        card = self.pane.card_for(message.claim_id)
        if card is not None:
            self.pane.refresh_verdicts()
        self.post_message(msg.VerdictSaved(message.claim_id, message.verdict))  # counts, agreement, review data
