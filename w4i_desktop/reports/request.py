"""What a user asks for when she makes a report, and who may have it.

The one home of the report rules that the window, the `w4i report` command and the core share:
a named report needs a reason (checked when the request is made, before any password is asked
or any file chosen) and the REPORT_NAMED permission; a pseudonymised one needs
REPORT_PSEUDONYMISED (checked by `ReportRequest.check`, again by every use case that reads).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from w4i_desktop.errors import BadInput
from w4i_desktop.reports.periods import Period
from w4i_desktop.reports.texts import ReportTexts
from w4i_desktop.services.context import Context
from w4i_desktop.services.permissions import Action

__all__ = ["MAX_REASON", "OUTPUTS", "Output", "ReportRequest"]

Output = Literal["xlsx", "pdf"]
OUTPUTS: tuple[Output, ...] = ("xlsx", "pdf")
MAX_REASON = 200


@dataclass(frozen=True)
class ReportRequest:
    """One report: the period, one site (None: all sites), the language of its texts, whether
    it names people (then with the reason, printed on the report) and the file format.

    Made only valid: BadInput for a named report without a reason, an unknown language or
    format. The reason is kept with its white space folded and cut to MAX_REASON characters,
    and only for a named report."""

    period: Period
    site_id: int | None = None
    language: str = "en"
    named: bool = False
    reason: str | None = None
    output: Output = "xlsx"

    def __post_init__(self) -> None:
        cleaned = " ".join((self.reason or "").split())[:MAX_REASON]
        if self.named and not cleaned:
            raise BadInput("Give the reason for a report with names (e.g. the funder's audit).")
        object.__setattr__(self, "reason", cleaned if self.named else None)
        if self.output not in OUTPUTS:
            raise BadInput(
                "Reports are written as {outputs}, not {output}.",
                outputs=" or ".join(OUTPUTS),
                output=repr(self.output),
            )
        ReportTexts.for_language(self.language)  # BadInput for a language reports lack

    @property
    def action(self) -> Action:
        return Action.REPORT_NAMED if self.named else Action.REPORT_PSEUDONYMISED

    def check(self, ctx: Context) -> None:
        """PermissionDenied unless `ctx`'s user may have this report."""
        ctx.require(self.action)
