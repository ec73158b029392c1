"""The comparison pane: one group's claims side by side, one column per outlet/document.

It owns the claim cursor and the verdict keys. A verdict key shows the new verdict on the card
at once and queues the INSERT (``record_verdict``) on the app's ``WriteQueue``: committed in a
thread worker, in key order, never on the UI thread; a failed write puts the card back. The
cursor then moves to the next unreviewed claim, and when the group has none left the pane
tells the screen (``GroupExhausted``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll
from textual.message import Message
from textual.widgets import Static

from workbench.models import ClaimColumn, VerdictState
from workbench.store import record_note, record_verdict
from workbench.store.cards import verdict_states
from workbench.tui import messages as msg
from workbench.tui.loaders import landing_claim
from workbench.tui.widgets.card_scroll import CardScroller
from workbench.tui.widgets.claim_card import ClaimCard, update_in_place
from workbench.tui.widgets.outlet_column import columns_in_view, fill_in_view, refill_columns, shown_columns

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp

MIN_COLUMN = 30  # cells: narrower columns wrap claims into unreadable slivers


class ComparisonPane(CardScroller, can_focus=True):
    """Focus lives here; arrows/hjkl move the claim cursor, v/d/u/x decide, Ctrl+D/U page a long card."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next claim", show=False, id="claim.down"),
        Binding("k,up", "cursor_up", "Previous claim", show=False, id="claim.up"),
        Binding("h,left", "column_left", "Previous outlet column", show=False, id="column.left"),
        Binding("l,right", "column_right", "Next outlet column", show=False, id="column.right"),
        Binding("v", "verdict('verified')", "Verified", id="verdict.verified"),
        Binding("d", "verdict('disputed')", "Disputed", id="verdict.disputed"),
        Binding("u", "verdict('unattributed')", "Unattributed", id="verdict.unattributed"),
        Binding("x", "verdict('cleared')", "Clear", id="verdict.clear"),
        Binding("n", "note", "Note", id="claim.note"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.group_key: str | None = None
        self.cards: list[list[ClaimCard]] = []
        self.cursor: tuple[int, int] | None = None
        self._column_width = MIN_COLUMN
        self._pending: dict[str, int] = {}  # claim id -> writes queued and not yet committed

    def on_mount(self) -> None:
        holder = self.query_one("#columns", HorizontalScroll)  # a mouse/scrollbar scroll draws what it brings in
        self.watch(holder, "scroll_x", lambda x: fill_in_view(holder, self._column_width, x), init=False)

    def compose(self) -> ComposeResult:
        yield Static("", id="group-title")
        yield Static("", id="pane-hint")
        yield HorizontalScroll(id="columns", can_focus=False)

    @property
    def wb(self) -> WorkbenchApp:
        return cast("WorkbenchApp", self.app)

    @property
    def focused_card(self) -> ClaimCard | None:
        if self.cursor is None:
            return None
        col, row = self.cursor
        return self.cards[col][row]

    def all_cards(self) -> list[ClaimCard]:
        """Reading order: column by column, top to bottom."""
        return [card for column in self.cards for card in column]

    def card_for(self, claim_id: str) -> ClaimCard | None:
        return next((c for c in self.all_cards() if c.claim.id == claim_id), None)

    def _tell_screen(self, message: Message) -> None:
        """Post straight to the screen: each hop up three containers is a turn of the event loop in which
        the screen may paint a half-updated frame; this way it handles them before the repaints, paints once."""
        self.screen.post_message(message)

    def set_title(self, title) -> None:
        update_in_place(self.query_one("#group-title", Static), title)

    def set_hint(self, hint: str) -> None:
        widget = self.query_one("#pane-hint", Static)
        widget.update(hint)
        widget.display = bool(hint)

    async def show_group(self, key: str | None, columns: list[ClaimColumn], focus_claim: str | None = None,
                         reviews: dict | None = None) -> None:
        """Show one group (only it is mounted): the mounted columns re-filled in place (``refill_columns``)."""
        holder = self.query_one("#columns", HorizontalScroll)
        self.group_key = key
        self.cursor = None
        target = landing_claim(columns, focus_claim)  # the first unreviewed, unless asked
        view = holder.scrollable_content_region.width  # what will fit from the left, as _fit_columns shares it
        width = max(MIN_COLUMN, view // max(1, len(columns)))
        shown = await refill_columns(holder, columns, self.wb.reviewer, reviews or {}, self.wb.blind,
                                     target.id if target else None, len(columns_in_view(len(columns), width, 0, view)))
        self.cards = [w.cards for w in shown if w.cards]
        if holder.scroll_x:
            holder.scroll_home(animate=False, immediate=True)
        self._fit_columns()
        self.move_to(self.card_for(target.id) if target else None)

    def _fit_columns(self) -> None:
        """Share the width among the columns, none narrower than MIN_COLUMN (then scroll sideways): CSS ``1fr``
        plus ``min-width`` in a horizontal scroller gives every column the full width once they overflow."""
        holder = self.query_one("#columns", HorizontalScroll)
        columns = shown_columns(holder)
        if not columns:
            return
        width = max(MIN_COLUMN, holder.scrollable_content_region.width // len(columns))
        self._column_width = width
        for column in columns:
            column.styles.width = width
        fill_in_view(holder, width, holder.scroll_x)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_columns()

    async def show_message(self, message: str) -> None:
        """No group to show (empty DB, nothing matches): a sentence in place of the columns."""
        holder = self.query_one("#columns", HorizontalScroll)
        await holder.remove_children()
        self.group_key, self.cards, self.cursor = None, [], None
        await holder.mount(Static(message, classes="pane-message"))
        self._tell_screen(msg.ClaimFocused(None))

    def move_to(self, card: ClaimCard | None, reread: bool = True) -> None:
        """Put the cursor on ``card``: re-read its verdict (another reviewer may have decided).

        Only the two cards involved repaint; the columns are never re-mounted. A card in a
        column out of view is repainted after the sideways scroll has put it on screen:
        repainting a widget Textual has not placed makes it lay out the whole screen, and
        the next frame then repaints every cell.
        """
        old = self.focused_card
        if old is not None and old is not card:
            old.set_cursor(False)
        if card is None:
            self.cursor = None
            self._tell_screen(msg.ClaimFocused(None))
            return
        self.cursor = (card.col, card.row)
        if self._scroll_sideways(card):
            self.call_after_refresh(self._land, card, reread)
        else:
            self._land(card, reread)
        self._tell_screen(msg.ClaimFocused(card.claim.id))

    def _land(self, card: ClaimCard, reread: bool) -> None:
        if self.focused_card is not card:
            return  # the cursor moved on before this frame
        if reread:
            self._refresh_states([card])
        card.set_cursor(True)
        card.scroll_visible(animate=False)

    def _scroll_sideways(self, card: ClaimCard) -> bool:
        """Scroll the columns so ``card``'s column is in view; True when they had to move.

        Every column is ``_column_width`` wide, so this is arithmetic, not a layout lookup.
        """
        holder = self.query_one("#columns", HorizontalScroll)
        view = holder.scrollable_content_region.width
        left = card.col * self._column_width
        x = min(left, max(holder.scroll_x, left + self._column_width - view))
        if not view or round(x) == round(holder.scroll_x):
            return False
        fill_in_view(holder, self._column_width, x)  # drawn before they scroll into view
        holder.scroll_to(x=x, animate=False, immediate=True)
        return True

    def _refresh_states(self, cards: list[ClaimCard]) -> None:
        cards = [c for c in cards if not self._pending.get(c.claim.id)]  # the card is ahead of the DB
        states = verdict_states(self.wb.db, [c.claim.id for c in cards]) if cards else {}
        for card in cards:
            new = states.get(card.claim.id)
            if new is not None:
                card.set_state(new)

    def refresh_verdicts(self) -> None:
        """Re-read every visible claim's verdict (after ``r`` or an undo)."""
        self._refresh_states(self.all_cards())

    def _move(self, dcol: int, drow: int) -> None:
        if self.cursor is None:
            return
        col, row = self.cursor
        if dcol:
            col = max(0, min(col + dcol, len(self.cards) - 1))
            row = min(row, len(self.cards[col]) - 1)
        else:
            row = max(0, min(row + drow, len(self.cards[col]) - 1))
        self.move_to(self.cards[col][row])

    def action_cursor_down(self) -> None:
        self._move(0, 1)

    def action_cursor_up(self) -> None:
        self._move(0, -1)

    def action_column_left(self) -> None:
        self._move(-1, 0)

    def action_column_right(self) -> None:
        self._move(1, 0)

    def on_claim_card_clicked(self, message: ClaimCard.Clicked) -> None:
        self.focus()
        self.move_to(message.card)

    def action_verdict(self, verdict: str) -> None:
        """Queue the INSERT (the writer commits while this thread repaints), then show only what changed.

        Card, group count, cursor: the latest note stays (a verdict event carries none), the group's
        count moves by ``delta``, the next card's verdict is re-read as the cursor lands on it."""
        card = self.focused_card
        if card is None:
            self.app.bell()
            return
        claim_id, before, reviewer = card.claim.id, card.claim.state, self.wb.reviewer
        after = VerdictState(verdict, reviewer, before.note)
        delta = int(after.reviewed) - int(before.reviewed)
        self._pending[claim_id] = self._pending.get(claim_id, 0) + 1
        self.wb.writes.run(
            self,
            "verdict",
            lambda db: msg.VerdictWritten(claim_id, record_verdict(db, claim_id, verdict, reviewer)["verdict"]),
            on_error=lambda text: msg.VerdictFailed(claim_id, before, delta, text), now=self.wb.db,
        )
        card.set_state(after)
        self._tell_screen(msg.VerdictSaved(claim_id, verdict, delta))
        if verdict != "cleared":
            self.advance()

    def on_verdict_written(self, message: msg.VerdictWritten) -> None:
        self._pending[message.claim_id] = max(0, self._pending.get(message.claim_id, 0) - 1)

    def on_verdict_failed(self, message: msg.VerdictFailed) -> None:
        """The write did not land: say so in one line and put the card back as it was."""
        self.on_verdict_written(message)
        self.notify(message.error, severity="error")
        card = self.card_for(message.claim_id)
        if card is not None and card.set_state(message.before):
            self._tell_screen(msg.VerdictSaved(message.claim_id, message.before.verdict or "cleared", -message.delta))

    def advance(self) -> None:
        """Cursor to the next unreviewed claim in reading order; none left -> tell the screen.

        A candidate's verdict is re-read before the cursor lands (another reviewer may have
        decided it meanwhile: then it repaints as decided and the search goes on).
        """
        cards = self.all_cards()
        current = self.focused_card
        start = cards.index(current) + 1 if current in cards else 0
        for card in cards[start:] + cards[:start]:
            if card.shown.reviewed:  # blind mode: what this reviewer sees (others' verdicts hidden)
                continue
            self._refresh_states([card])
            if not card.shown.reviewed:
                self.move_to(card, reread=False)
                return
        self._tell_screen(msg.GroupExhausted())

    def action_note(self) -> None:
        card = self.focused_card
        if card is None:
            self.app.bell()
            return
        from workbench.tui.screens.prompt import PromptScreen

        def save(note: str | None) -> None:
            if note:
                claim_id, reviewer = card.claim.id, self.wb.reviewer
                self.wb.writes.run(self, "note", lambda db: msg.NoteWritten(claim_id, record_note(db, claim_id, note, reviewer)))

        self.app.push_screen(
            PromptScreen("Note on this claim", value=card.claim.state.note or "", placeholder="what you checked, sources…"),
            save,
        )

    def on_note_written(self, message: msg.NoteWritten) -> None:
        card = self.card_for(message.claim_id)
        if card is not None:
            self._refresh_states([card])
            self._tell_screen(msg.VerdictSaved(card.claim.id, card.claim.state.verdict or "cleared"))
