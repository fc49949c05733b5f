"""Features declare what they provide and what they need; the window wires the declarations.

Each gui feature package exports one `Feature` from its `__init__` (as Spyder's plugins declare
`NAME`, `REQUIRES`, `OPTIONAL`): its name, its docks by stable id ("training.plots"), the services
its face offers to others (public attributes and methods, such as "save_model"), its menu entries
(placed by the window), the features it requires (attached before it) and those it can use when
they come. `attach(window, features)`
builds the feature and returns its face; `on_available(face, name, other)` is called once for each
feature it requires or can use, when both exist (now, or later: training arrives once torch has
loaded), as Spyder's `on_plugin_available`. Features never hold on to the window's attributes for
another feature: they get each other here, and find docks by id, never by position or title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QDockWidget, QMainWindow


@dataclass(frozen=True)
class Feature:
    """One feature's declaration."""

    name: str
    attach: Callable[[QMainWindow, Features], Any]
    """Builds the feature in the window and returns its face (what others get)."""
    docks: Mapping[str, str] = field(default_factory=dict)
    """Stable id ("training.plots") -> the dock's objectName, which saved layouts know it by."""
    provides: tuple[str, ...] = ()
    """The services of the face that other features may use (checked when it is attached)."""
    menu_entries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Menu id ("run", "view") -> the face's QActions the window puts there, by attribute path
    ("run_actions.pause"); "-" is a separator."""
    requires: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    needs_torch: bool = False
    """Attached once torch has loaded (the window paints first)."""
    on_available: Callable[[Any, str, Any], None] | None = None
    """Called with (this face, the other's name, the other's face) for each required or optional
    feature, as soon as both are attached."""

    def uses(self, name: str) -> bool:
        return name in self.requires or name in self.optional


class FeatureError(LookupError):
    """A feature attached without one it requires, twice, or without a service it declares."""


class Features:
    """The features attached to one window, by name, and their docks by id."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._declared: dict[str, Feature] = {}
        self._faces: dict[str, Any] = {}

    def add(self, feature: Feature) -> Any:
        """Attach `feature` to the window and introduce it to the features it uses or that use it."""
        if feature.name in self._faces:
            raise FeatureError(f"feature {feature.name!r} is attached already")
        missing = [name for name in feature.requires if name not in self._faces]
        if missing:
            raise FeatureError(f"feature {feature.name!r} requires {', '.join(missing)}")
        self._declared[feature.name] = feature  # its own docks are found by id while it attaches
        try:
            face = feature.attach(self._window, self)
            absent = [service for service in feature.provides if not hasattr(face, service)]
            absent += [path for path in _action_paths(feature) if _lookup(face, path) is None]
            if absent:
                raise FeatureError(f"feature {feature.name!r} lacks {', '.join(absent)}")
        except BaseException:
            del self._declared[feature.name]
            raise
        self._faces[feature.name] = face
        self._introduce(feature, face)
        return face

    def _introduce(self, feature: Feature, face: Any) -> None:
        for name, other in list(self._faces.items()):
            if name == feature.name:
                continue
            if feature.uses(name) and feature.on_available is not None:
                feature.on_available(face, name, other)
            declared = self._declared[name]
            if declared.uses(feature.name) and declared.on_available is not None:
                declared.on_available(other, feature.name, face)

    def get(self, name: str) -> Any | None:
        """The face of feature `name`, or None while it is not attached."""
        return self._faces.get(name)

    def __getitem__(self, name: str) -> Any:
        try:
            return self._faces[name]
        except KeyError:
            raise FeatureError(f"no feature {name!r} is attached") from None

    def __contains__(self, name: object) -> bool:
        return name in self._faces

    def __iter__(self) -> Iterator[str]:
        return iter(self._faces)

    def declaration(self, name: str) -> Feature:
        return self._declared[name]

    def menu_entries(self, name: str) -> dict[str, list]:
        """Feature `name`'s menu entries: menu id -> its QActions, None for a separator."""
        face, feature = self._faces[name], self._declared[name]
        return {
            menu: [None if path == "-" else _lookup(face, path) for path in paths]
            for menu, paths in feature.menu_entries.items()
        }

    def dock(self, dock_id: str) -> QDockWidget | None:
        """The dock with stable id `dock_id` ("feature.part"), or None while it does not exist."""
        feature = self._declared.get(dock_id.split(".", 1)[0])
        object_name = feature.docks.get(dock_id) if feature is not None else None
        if object_name is None:
            return None
        return self._window.findChild(QDockWidget, object_name)

    def docks(self) -> dict[str, QDockWidget]:
        """Every attached feature's docks, by id."""
        found = {}
        for feature in list(self._declared.values()):
            for dock_id in feature.docks:
                dock = self.dock(dock_id)
                if dock is not None:
                    found[dock_id] = dock
        return found


def _action_paths(feature: Feature) -> list[str]:
    return [path for paths in feature.menu_entries.values() for path in paths if path != "-"]


def _lookup(face: Any, path: str) -> Any:
    for name in path.split("."):
        face = getattr(face, name, None)
    return face


def find_dock(window, dock_id: str) -> QDockWidget | None:
    """The window's dock `dock_id` when the window keeps features (stand-in windows do not)."""
    features = getattr(window, "features", None)
    return features.dock(dock_id) if isinstance(features, Features) else None
