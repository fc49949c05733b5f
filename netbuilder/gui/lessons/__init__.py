"""Lessons: a Lessons menu that sets the app up for a lesson and a panel explaining it."""

from netbuilder.gui.lessons.integration import attach_lessons

__all__ = ["attach_lessons"]
