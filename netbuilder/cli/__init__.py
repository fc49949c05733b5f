from netbuilder.cli.main import main

__all__ = ["main"]
