"""The main window's files: new, open, save, the question before losing changes, recovery."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from netbuilder.document.lesson import is_lesson_file
from netbuilder.document.project import Project, ProjectError, load_project, save_project
from netbuilder.gui import files, messages, recovery
from netbuilder.gui.document import display_name
from netbuilder.gui.plain_text import message_box

Button = QMessageBox.StandardButton


class WindowFiles:
    """Mixed into MainWindow: opens and saves its document, and never loses changes silently."""

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(Project())
        return True

    def load_preset(self, path: str | Path) -> bool:
        """Start a new, untitled document from an example project."""
        return self._load(path, as_untitled=True)

    def open_file(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Open project"),
                self._file_dir(),
                files.file_filter(),
            )
            if not path:
                return False
        return self._load(path, as_untitled=False)

    def _load(self, path: str | Path, as_untitled: bool) -> bool:
        try:
            project = load_project(path)
        except ProjectError as error:
            if is_lesson_file(path):  # File > Open or the command line given a lesson
                return self.feature("lessons").open_lesson(path) is not None
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open project"),
                messages.error_text(error),
            )
            return False
        if not self.maybe_save():
            return False
        self.document.reset(project, None if as_untitled else str(path))
        if not as_untitled:
            files.remember_file(self.settings, str(path))
        return True

    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        if path is None:
            suggestion = str(
                Path(self._file_dir()) / f"{self.document.project.name or 'network'}.json"
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("MainWindow", "Save project"),
                suggestion,
                files.file_filter(),
            )
            if not path:
                return False
        return self._write(str(path))

    def _write(self, path: str) -> bool:
        try:
            save_project(self.document.project, path)
        except OSError as error:
            reason = QCoreApplication.translate(
                "MainWindow", "Cannot save {path}: {reason}"
            ).format(path=path, reason=error.strerror or error)
            self.show_error(QCoreApplication.translate("MainWindow", "Cannot save project"), reason)
            return False
        self.document.mark_saved(path)
        files.remember_file(self.settings, path)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {path}").format(path=path), 5000
        )
        return True

    def _file_dir(self) -> str:
        recent = files.recent_files(self.settings)
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or unmodified)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def ask_save_changes(self) -> Button:
        """Ask Save / Discard / Cancel; tests override this."""
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate("MainWindow", "Save the changes to {name}?").format(
                name=display_name(self.document)
            ),
        )
        box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
        box.setDefaultButton(Button.Save)
        return Button(box.exec())

    # Recovery after a crash ----------------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """If an earlier run left unsaved work behind (crash, kill), offer it; True if restored."""
        found = recovery.orphans(self.data_folder)
        if not found:
            return False
        latest = found[0]
        restore = self.ask_restore(latest)
        recovery.set_aside(latest)
        if not restore or not self.maybe_save():
            return False
        self.document.reset(latest.project, latest.original_path)
        self.document.undo_stack.resetClean()  # restored work is unsaved work
        self.autosave.write_now()
        restored = QCoreApplication.translate(
            "MainWindow", "Restored the unsaved changes from {when}"
        ).format(when=latest.when)
        self.statusBar().showMessage(restored, 8000)
        return True

    def ask_restore(self, found: recovery.Recovered) -> bool:
        """Restore or discard; tests override this."""
        if found.original_path:
            name = Path(found.original_path).name
        else:
            name = QCoreApplication.translate("MainWindow", "an untitled network")
        text = QCoreApplication.translate(
            "MainWindow",
            "netbuilder did not close properly last time. Changes to {name}, saved "
            "automatically at {when}, were not saved.\n\nRestore them?",
        )
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Restore unsaved work?"),
            text.format(name=name, when=found.when),
        )
        restore = box.addButton(
            QCoreApplication.translate("MainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "Discard"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return box.clickedButton() is restore
