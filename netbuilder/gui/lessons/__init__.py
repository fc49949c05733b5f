"""Lessons: a Lessons menu that sets the app up for a lesson and a panel explaining it."""

from netbuilder.gui.lessons.integration import FEATURE, attach_lessons

__all__ = ["FEATURE", "attach_lessons"]
