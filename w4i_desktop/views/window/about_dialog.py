"""About W4I Desktop: its version and licence, the components it ships with (their versions and
licences, each licence's text where one is included), and the version information to copy
into a request for support (versions and operating system only, nothing personal)."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w4i_desktop import __version__, config, licences

NAME, VERSION, LICENCE = range(3)
ICON = "icons/w4i.png"


def version_information() -> str:
    """What support needs to know, in English: versions and the operating system."""
    return "\n".join(
        (
            f"{config.APP_NAME} {__version__}",
            f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
            f"Python {platform.python_version()} ({platform.python_implementation()})",
            f"Operating system: {platform.platform()} ({platform.machine() or '?'})",
        )
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About W4I Desktop"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        icon = QLabel()
        pixmap = QPixmap(str(config.resources_dir() / ICON))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        title = QLabel(f"<h2>{escape(config.APP_NAME)}</h2>")
        title.setObjectName("aboutTitle")
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version.setObjectName("aboutVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about = QLabel(
            self.tr(
                "Case management for organisations that help migrant women into work. Your "
                "data stays encrypted on this computer."
            )
        )
        about.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "W4I Desktop is free software: you may share and change it under the terms of "
                "the GNU General Public License, version 3 or (at your choice) any later "
                'version (%1). It comes with no warranty. <a href="%2">Read the licence</a>.'
            )
            .replace("%1", licences.APP_LICENCE)
            .replace("%2", licences.APP_HOMEPAGE)
        )
        licence.setObjectName("appLicence")
        licence.setWordWrap(True)
        licence.setOpenExternalLinks(True)
        licence.setTextFormat(Qt.TextFormat.RichText)

        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(title)
        words.addWidget(self.version)
        words.addWidget(about)
        words.addWidget(licence)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(words, 1)

        self.components_label = QLabel(self.tr("Components included in W4I Desktop:"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("components")
        self.table.setAccessibleName(self.tr("Components included"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(VERSION, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(LICENCE, QHeaderView.ResizeMode.Stretch)
        self.components = licences.components()
        self.table.setRowCount(len(self.components))
        for row, (name, version, licence_name) in enumerate(licences.rows()):
            for column, text in ((NAME, name), (VERSION, version), (LICENCE, licence_name)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.itemSelectionChanged.connect(self._show_licence)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setReadOnly(True)
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setPlainText(self.tr("Select a component to read its licence."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_text)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 220])

        self.copy_button = QPushButton(self.tr("&Copy version information"))
        self.copy_button.setObjectName("copyVersion")
        self.copy_button.setToolTip(
            self.tr("The versions of W4I Desktop, Qt and Python and the operating system")
        )
        self.copy_button.clicked.connect(self.copy_version)
        self.copied = QLabel()
        self.copied.setObjectName("copied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.copied, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addWidget(self.components_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(760, 720)

    # --- licences ------------------------------------------------------------------------------

    def select(self, name: str) -> bool:
        """Select the component called `name`; False when it is not listed."""
        for row, component in enumerate(self.components):
            if component.name == name:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> licences.Component | None:
        rows = self.table.selectionModel().selectedRows()
        return self.components[rows[0].row()] if rows else None

    def _show_licence(self) -> None:
        component = self.selected()
        if component is None:
            return
        text = licences.licence_text(component)
        if text is None:
            text = (
                self.tr(
                    "%1 is distributed under %2. Its licence text is not included here; read it "
                    "at %3."
                )
                .replace("%1", component.name)
                .replace("%2", component.licence)
                .replace("%3", component.homepage)
            )
        self.licence_text.setPlainText(text)
        self.licence_text.moveCursor(QTextCursor.MoveOperation.Start)

    # --- support -------------------------------------------------------------------------------

    def copy_version(self) -> None:
        QGuiApplication.clipboard().setText(version_information())
        self.copied.setText(self.tr("Copied."))
