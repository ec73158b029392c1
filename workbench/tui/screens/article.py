"""The whole article a claim comes from: outlet, date, url, and the text with the claim highlighted.

Opened with Enter on a claim; the text scrolls, and starts scrolled to the claim; ``c`` copies
the claim id (the clipboard through the terminal, OSC 52). The
document is read by a worker (``store.cards.claim_article``) and handed in; nothing here
queries. Every string from the article goes through ``printable`` and is never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.models import ArticleView
from workbench.textnorm import printable

CLAIM_STYLE = "bold reverse"


def article_header(article: ArticleView) -> Text:
    head = Text(printable(article.title or "(untitled)"), style="bold")
    meta = " · ".join(p for p in (article.outlet, article.published, article.author) if p)
    if meta:
        head.append("\n" + printable(meta))
    if article.url:
        head.append("\n" + printable(article.url), style="underline")
    head.append(f"\nclaim {article.claim_id}", style="dim")
    return head


def article_body(article: ArticleView) -> Text:
    """The text, the claim's span highlighted (``printable`` keeps offsets: one character for one)."""
    body = Text(printable(article.text))
    if article.claim_start is not None and article.claim_end is not None:
        body.stylize(CLAIM_STYLE, article.claim_start, article.claim_end)
    return body


class ArticleScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,enter", "dismiss", "Close article", id="article.close"),
        Binding("c", "copy_id", "Copy the claim id", id="article.copy_id"),
    ]

    def __init__(self, article: ArticleView) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="article-box"):
            yield Static(article_header(self.article), id="article-header")
            yield Static(article_body(self.article), id="article-text")
            yield Static(Text("c copies the claim id · Escape, q or Enter closes the article.", style="italic"))

    def action_copy_id(self) -> None:
        self.app.copy_to_clipboard(self.article.claim_id)
        self.notify(f"Claim id {self.article.claim_id} copied.")

    def on_mount(self) -> None:
        self.call_after_refresh(self._scroll_to_claim)

    def _scroll_to_claim(self) -> None:
        """Bring the claim's line into view (its share of the text is its share of the height)."""
        if self.article.claim_start is None or not self.article.text:
            return
        body = self.query_one("#article-text", Static)
        box = self.query_one("#article-box", VerticalScroll)
        line = body.region.y - box.region.y + int(body.region.height * self.article.claim_start / len(self.article.text))
        box.scroll_to(y=max(0, line - box.size.height // 3), animate=False)
