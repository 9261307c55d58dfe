from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import UserFactory
from w4i_desktop.enums import ClosureReason, Role
from w4i_desktop.services import participants
from w4i_desktop.services.context import Context
from w4i_desktop.views import participant_table
from w4i_desktop.views.app_state import AppState
from w4i_desktop.views.participant_list import ParticipantListPage
from w4i_desktop.views.participant_table import COL_AGE, COL_NAME, ParticipantTableModel


def _people(ctx: Context, n: int) -> list[int]:
    return [
        participants.create(
            ctx,
            {
                "first_name": f"Person{i:03d}",
                "last_name": f"Surname{i:03d}",
                "birth_year": 1960 + i % 40,
                "country_of_birth": "MA",
            },
        )
        for i in range(n)
    ]


@pytest.fixture
def page(qtbot: QtBot, state: AppState) -> ParticipantListPage:
    widget = ParticipantListPage(state)
    qtbot.addWidget(widget)
    widget.on_unlocked()
    widget.resize(1100, 600)
    widget.show()
    return widget


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, state: AppState, admin_ctx: Context
) -> None:
    _people(admin_ctx, 30)
    model = ParticipantTableModel(state)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_paged_in_not_loaded_at_once(
    state: AppState, admin_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(participant_table, "PAGE_SIZE", 10)
    _people(admin_ctx, 25)
    model = ParticipantTableModel(state)
    model.reload()
    assert model.rowCount() == 10
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    assert not model.canFetchMore()
    names = [model.row_at(r).name for r in range(25)]
    assert names == sorted(names)  # pages join up without gaps or repeats


def test_sorting_by_header_click(
    qtbot: QtBot, page: ParticipantListPage, admin_ctx: Context
) -> None:
    _people(admin_ctx, 5)
    page.apply_filters()
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_AGE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ages = [page.model.index(r, COL_AGE).data() for r in range(page.model.rowCount())]
    assert ages in (sorted(ages, key=int), sorted(ages, key=int, reverse=True))
    assert len(set(ages)) > 1


def test_filters_by_status(qtbot: QtBot, page: ParticipantListPage, admin_ctx: Context) -> None:
    ids = _people(admin_ctx, 4)
    participants.close(admin_ctx, ids[0], date.today(), ClosureReason.EMPLOYED)
    page.apply_filters()
    assert page.model.rowCount() == 3  # "Open" is the default
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, 6).data() == "Closed"
    page.status.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_enter_and_double_click_open_the_record(
    qtbot: QtBot, page: ParticipantListPage, admin_ctx: Context
) -> None:
    [pid] = _people(admin_ctx, 1)
    page.apply_filters()
    opened: list[int] = []
    page.open_participant.connect(opened.append)
    qtbot.keyClicks(page.search, "person000")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now, move into the results
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    rect = page.table.visualRect(page.model.index(0, 1))
    # A real double click is a press, a release, then the double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [pid, pid]


def test_volunteer_sees_only_her_interviews_and_no_site_filters(
    qtbot: QtBot, login_as: UserFactory, admin_ctx: Context, db_path: object
) -> None:
    volunteer = login_as(Role.VOLUNTEER)
    participants.create(volunteer, {"first_name": "Mine", "last_name": "Interview"})
    _people(admin_ctx, 3)
    state = AppState(admin_ctx.db.path)
    state._ctx = volunteer  # shares the admin's open database; set_context would close it
    page = ParticipantListPage(state)
    qtbot.addWidget(page)
    page.on_unlocked()
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).name == "Mine Interview"
    assert page.site.isHidden() and page.caseworker.isHidden()
