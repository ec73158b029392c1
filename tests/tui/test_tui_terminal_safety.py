"""Review UI on hostile text: no escape sequence reaches the screen, markup in names is shown as typed."""

from __future__ import annotations

from tests.tui.fixtures import settle
from workbench.models import Article, Attribution, ExtractedClaim
from workbench.store import open_db, save_document
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.comparison import ComparisonPane

ESC = "\x1b[2J\x1b]8;;http://evil.example\x07"


def _hostile_db(path):
    db = open_db(path)
    sentence = f"Officials said{ESC} that 40 homes were destroyed."
    article = Article(text=sentence, outlet=f"Evil{ESC}Outlet", title=f"T{ESC}", url="https://x.example/a",
                      published="2026-01-02", source_path="a.txt", fmt="txt")
    save_document(db, article, [ExtractedClaim(0, 0, len(sentence), sentence,
                                               Attribution("Officials", "organization", "said", None), 0.8, [])])
    db.conn.close()
    return path


async def test_hostile_text_and_markup_reviewer_render_safely(tmp_path):
    app = WorkbenchApp(str(_hostile_db(tmp_path / "claims.db")), "[/]bob[bold]")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(ComparisonPane)
        card = pane.focused_card
        assert card is not None and "40 homes" in card.claim.text
        strips = app.screen._compositor.render_strips()
        shown = "\n".join(strip.text for strip in strips)
        assert "\x1b" not in shown and "\x07" not in shown
        assert "[/]bob[bold]" in shown  # the status line shows the name as typed
